import { mustBeTrue, propertyRule } from './lib/property-rule.js';
import { engineOf, inCluster } from './lib/rds.js';

const IAM_ENGINES = /^(?:mysql|postgres|mariadb|aurora|aurora-mysql|aurora-postgresql)$/;

export default propertyRule({
  id: 'cfn/rds-iam-auth',
  severity: 'low',
  title: 'RDS IAM database authentication is off',
  why: 'With IAM authentication, applications log in with short-lived tokens tied to their IAM role instead of long-lived database passwords that end up in config files, and access is revoked by changing IAM rather than rotating shared passwords.',
  fix: 'Set `EnableIAMDatabaseAuthentication: true` and grant `rds-db:connect` to the roles that need the database.',
  verify:
    'Run `aws rds describe-db-instances --query "DBInstances[].IAMDatabaseAuthenticationEnabled"` and check it is true.',
  references: [
    'CWE-798',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html',
  ],
  types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  path: ['EnableIAMDatabaseAuthentication'],
  applies: (res) => !inCluster(res) && IAM_ENGINES.test(engineOf(res) ?? ''),
  ok: mustBeTrue,
  message: (res) => `${res.logicalId} does not enable IAM database authentication`,
  fixValue: true,
});
