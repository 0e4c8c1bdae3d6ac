import { mustBeTrue, propertyRule } from './lib/property-rule.js';
import { inCluster } from './lib/rds.js';

export default propertyRule({
  id: 'cfn/rds-deletion-protection',
  severity: 'low',
  title: 'RDS deletion protection is off',
  why: 'Without deletion protection, one wrong stack update (a renamed logical id, a replacement) or a stray `delete-db-instance` removes the production database; CloudFormation replacements in particular delete the old database once the new one is up.',
  fix: 'Set `DeletionProtection: true` (and consider `DeletionPolicy: Snapshot` / `UpdateReplacePolicy: Snapshot` on the resource).',
  verify:
    'Run `aws rds describe-db-instances --query "DBInstances[].DeletionProtection"` (or describe-db-clusters) and check it is true.',
  references: [
    'CWE-693',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
  ],
  types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  path: ['DeletionProtection'],
  applies: (res) => !inCluster(res),
  ok: mustBeTrue,
  message: (res, v) =>
    v === undefined
      ? `${res.logicalId} does not enable DeletionProtection`
      : `${res.logicalId} sets DeletionProtection: false`,
  fixValue: true,
});
