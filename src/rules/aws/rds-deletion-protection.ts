import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/rds-deletion-protection',
  severity: 'low',
  title: 'RDS deletion protection is off',
  why: 'Without deletion protection, one mistaken `terraform destroy`, a renamed resource, or a console click deletes the database (and, unless final snapshots are kept, its data) immediately.',
  fix: 'Set `deletion_protection = true` on the instance or cluster.',
  verify:
    'Run `aws rds describe-db-instances --query "DBInstances[].DeletionProtection"` (or describe-db-clusters) and check it prints true.',
  references: [
    'CWE-693',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
  ],
  types: ['aws_db_instance', 'aws_rds_cluster'],
  attr: 'deletion_protection',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res, v) =>
    v === undefined
      ? `${res.address} does not enable deletion protection`
      : `${res.address} sets deletion_protection = false`,
  fixValue: 'true',
});
