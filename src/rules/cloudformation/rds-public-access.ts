import { bool, propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/rds-public-access',
  severity: 'high',
  title: 'RDS instance is publicly accessible',
  why: 'With `PubliclyAccessible: true` the database gets a public DNS name and IP address; reachable from the internet (given a permissive security group) it faces password guessing and engine exploits from anyone, not just your applications.',
  fix: 'Set `PubliclyAccessible: false` and reach the database from inside the VPC (application subnets, a bastion or SSM port forwarding).',
  verify:
    'Run `aws rds describe-db-instances --db-instance-identifier <id> --query "DBInstances[].PubliclyAccessible"` and check it is false.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.3.3',
    'CWE-668',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
  ],
  types: ['AWS::RDS::DBInstance'],
  path: ['PubliclyAccessible'],
  ok: (v) => (v === undefined || v === null ? true : bool(v) === undefined ? undefined : !bool(v)),
  message: (res) => `${res.logicalId} sets PubliclyAccessible: true`,
  fixValue: false,
});
