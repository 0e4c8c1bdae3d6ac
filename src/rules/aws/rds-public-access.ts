import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/rds-public-access',
  severity: 'high',
  title: 'RDS database is publicly accessible',
  why: 'A publicly accessible database gets a public DNS name and IP address. Its only protection is then the security group and the password: one mistaken security group rule, a leaked or weak password, or an unpatched engine bug exposes all the data to the internet.',
  fix: 'Set `publicly_accessible = false` and reach the database from inside the VPC (application subnets, a bastion, VPN or SSM port forwarding).',
  verify:
    'Run `aws rds describe-db-instances --query "DBInstances[].PubliclyAccessible"` and check it prints false.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.3.3',
    'CWE-668',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
  ],
  types: ['aws_db_instance', 'aws_rds_cluster_instance'],
  attr: 'publicly_accessible',
  ok: (v) => !(v === true || v === 'true'),
  message: (res) => `${res.address} sets publicly_accessible = true`,
  fixValue: 'false',
});
