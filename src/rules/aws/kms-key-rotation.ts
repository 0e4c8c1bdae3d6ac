import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/kms-key-rotation',
  severity: 'medium',
  title: 'KMS key rotation is off',
  why: 'A symmetric KMS key that is never rotated protects ever more data with the same key material, so a compromise of that material exposes years of data. Automatic rotation replaces it yearly without breaking decryption of old data.',
  fix: 'Set `enable_key_rotation = true` on the symmetric `aws_kms_key`.',
  verify: 'Run `aws kms get-key-rotation-status --key-id <key>` and check KeyRotationEnabled is true.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 3.6', 'CWE-320'],
  types: ['aws_kms_key'],
  attr: 'enable_key_rotation',
  applies: (res) => {
    const spec = res.values['customer_master_key_spec'] ?? res.values['key_spec'];
    return spec === undefined || spec === null || spec === 'SYMMETRIC_DEFAULT';
  },
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} does not rotate its key material`,
  fixValue: 'true',
});
