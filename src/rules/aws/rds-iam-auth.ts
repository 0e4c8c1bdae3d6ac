import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/rds-iam-auth',
  severity: 'low',
  title: 'RDS IAM database authentication is off',
  why: 'With only database passwords, credentials are long-lived secrets copied into applications and CI systems. IAM authentication issues short-lived tokens tied to IAM roles, so access can be granted, audited and revoked centrally.',
  fix: 'Set `iam_database_authentication_enabled = true` and grant `rds-db:connect` to the roles that need it.',
  verify:
    'Run `aws rds describe-db-instances --query "DBInstances[].IAMDatabaseAuthenticationEnabled"` and check it prints true.',
  references: [
    'CWE-798',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html',
  ],
  types: ['aws_db_instance', 'aws_rds_cluster'],
  attr: 'iam_database_authentication_enabled',
  applies: (res) =>
    typeof res.values['engine'] === 'string' && /mysql|postgres|mariadb/.test(res.values['engine']),
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} does not enable IAM database authentication`,
  fixValue: 'true',
});
