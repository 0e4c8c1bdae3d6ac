import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-public-access-prevention.js';

const bucket = (extra: string) =>
  `resource "google_storage_bucket" "b" {\n  name     = "acme-data"\n  location = "EU"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: bucket('  public_access_prevention = "enforced"\n') }],
    invalid: [
      {
        code: bucket('  public_access_prevention = "inherited"\n'),
        errors: [{ line: 4, severity: 'low' }],
        output: bucket('  public_access_prevention = "enforced"\n'),
      },
      {
        name: 'missing',
        code: bucket(''),
        errors: [{ line: 1 }],
        output: bucket('  public_access_prevention = "enforced"\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
