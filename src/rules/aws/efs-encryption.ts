import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/efs-encryption',
  severity: 'medium',
  title: 'EFS file system is not encrypted',
  why: 'An unencrypted EFS file system keeps every file, and every backup of it, readable to anyone who gets access to the storage. Encryption at rest can only be chosen when the file system is created.',
  fix: 'Set `encrypted = true` (optionally with `kms_key_id`); for an existing file system, create an encrypted one and copy the data with DataSync.',
  verify:
    'Run `aws efs describe-file-systems --query "FileSystems[].Encrypted"` and check every value is true.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 2.4.1', 'CWE-311'],
  types: ['aws_efs_file_system'],
  attr: 'encrypted',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} is not encrypted at rest`,
  fixValue: 'true',
});
