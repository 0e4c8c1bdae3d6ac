import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-versioning.js';

const bucket = (extra: string) =>
  `resource "google_storage_bucket" "b" {\n  name     = "acme-data"\n  location = "EU"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: bucket('\n  versioning {\n    enabled = true\n  }\n') }],
    invalid: [
      {
        name: 'missing block',
        code: bucket(''),
        errors: [{ line: 1 }],
        output: bucket('  versioning {\n    enabled = true\n  }\n'),
      },
      {
        name: 'disabled',
        code: bucket('\n  versioning {\n    enabled = false\n  }\n'),
        errors: [{ line: 6 }],
        output: bucket('\n  versioning {\n    enabled = true\n  }\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
