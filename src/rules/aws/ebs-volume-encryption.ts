import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/ebs-volume-encryption',
  severity: 'medium',
  title: 'EBS volume is not encrypted',
  why: 'An unencrypted EBS volume, and every snapshot made from it, stores data in clear. Snapshots are easy to share or copy by mistake; encryption ties every copy to a KMS key you control.',
  fix: 'Set `encrypted = true` (optionally `kms_key_id`) on the volume, or enable `aws_ebs_encryption_by_default`. Existing volumes must be recreated from an encrypted snapshot copy.',
  verify: 'Run `aws ec2 describe-volumes --query "Volumes[].Encrypted"` and check every value is true.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 2.2.1', 'CWE-311'],
  types: ['aws_ebs_volume'],
  attr: 'encrypted',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} is not encrypted`,
  fixValue: 'true',
});
