import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/rds-minor-upgrade',
  severity: 'low',
  title: 'RDS automatic minor version upgrades are off',
  why: 'Minor engine versions carry security fixes. With automatic minor upgrades turned off, the database keeps running known-vulnerable versions until someone remembers to upgrade it by hand.',
  fix: 'Remove `auto_minor_version_upgrade = false` or set it to true; upgrades then happen in the maintenance window.',
  verify:
    'Run `aws rds describe-db-instances --query "DBInstances[].AutoMinorVersionUpgrade"` and check it prints true.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 2.3.2', 'CWE-1104'],
  types: ['aws_db_instance', 'aws_rds_cluster_instance'],
  attr: 'auto_minor_version_upgrade',
  ok: (v) => !(v === false || v === 'false'),
  message: (res) => `${res.address} sets auto_minor_version_upgrade = false`,
  fixValue: 'true',
});
