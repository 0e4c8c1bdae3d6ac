import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/ebs-encryption-by-default',
  severity: 'medium',
  title: 'EBS encryption by default is turned off',
  why: 'Account-level EBS encryption by default makes every new volume and snapshot copy encrypted, even when a template forgets to ask. Turning it off means one forgotten flag leaves data unencrypted.',
  fix: 'Set `enabled = true` on `aws_ebs_encryption_by_default` (or remove the attribute: it defaults to true).',
  verify: 'Run `aws ec2 get-ebs-encryption-by-default` in each region and check it prints true.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 2.2.1', 'CWE-311'],
  types: ['aws_ebs_encryption_by_default'],
  attr: 'enabled',
  ok: (v) => !(v === false || v === 'false'),
  message: (res) => `${res.address} turns EBS encryption by default off`,
  fixValue: 'true',
});
