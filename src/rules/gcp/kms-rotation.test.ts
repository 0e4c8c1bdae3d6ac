import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './kms-rotation.js';

const key = (extra: string) =>
  `resource "google_kms_crypto_key" "k" {\n  name     = "data"\n  key_ring = google_kms_key_ring.ring.id\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: key('  rotation_period = "7776000s"\n') },
      { name: 'asymmetric', code: key('  purpose = "ASYMMETRIC_SIGN"\n') },
    ],
    invalid: [
      {
        name: 'missing',
        code: key(''),
        options: { period: '2592000s' },
        errors: [{ line: 1, message: /never rotated/ }],
        output: key('  rotation_period = "2592000s"\n'),
      },
      {
        name: 'a year',
        code: key('  rotation_period = "31536000s"\n'),
        options: { period: '7776000s' },
        errors: [{ line: 4, message: /365 days/ }],
        output: key('  rotation_period = "7776000s"\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
