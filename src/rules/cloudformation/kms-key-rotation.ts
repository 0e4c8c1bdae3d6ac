import { mustBeTrue, propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/kms-key-rotation',
  severity: 'medium',
  title: 'KMS key rotation is off',
  why: 'Without automatic rotation a symmetric KMS key uses the same key material forever, so anything encrypted with a compromised or leaked backing key stays readable, and compliance frameworks require yearly rotation.',
  fix: 'Set `EnableKeyRotation: true` on symmetric encryption keys (rotation is transparent: old ciphertexts still decrypt).',
  verify: 'Run `aws kms get-key-rotation-status --key-id <id>` and check KeyRotationEnabled is true.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.6',
    'CWE-320',
    'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  ],
  types: ['AWS::KMS::Key'],
  path: ['EnableKeyRotation'],
  // Only symmetric encryption keys with KMS-generated material can rotate automatically.
  applies: (res) => {
    const spec = res.properties['KeySpec'];
    const usage = res.properties['KeyUsage'];
    const origin = res.properties['Origin'];
    return (
      (spec === undefined || spec === 'SYMMETRIC_DEFAULT') &&
      (usage === undefined || usage === 'ENCRYPT_DECRYPT') &&
      (origin === undefined || origin === 'AWS_KMS')
    );
  },
  ok: mustBeTrue,
  message: (res) => `${res.logicalId} does not enable automatic key rotation`,
  fixValue: true,
});
