import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-uniform-access.js';

const bucket = (extra: string) =>
  `resource "google_storage_bucket" "b" {\n  name     = "acme-data"\n  location = "EU"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: bucket('  uniform_bucket_level_access = true\n') }],
    invalid: [
      {
        name: 'missing',
        code: bucket(''),
        errors: [{ line: 1, message: /default false/ }],
        output: bucket('  uniform_bucket_level_access = true\n'),
      },
      {
        name: 'false',
        code: bucket('  uniform_bucket_level_access = false\n'),
        errors: [{ line: 4 }],
        output: bucket('  uniform_bucket_level_access = true\n'),
      },
      {
        name: 'in a module instance (for_each)',
        code: 'module "buckets" {\n  source = "./modules/bucket"\n  names  = ["a", "b"]\n}\n',
        files: {
          '/sample/modules/bucket/main.tf':
            'variable "names" {\n  type = list(string)\n}\n\nresource "google_storage_bucket" "this" {\n  for_each = toset(var.names)\n  name     = each.value\n  location = "EU"\n}\n',
        },
        errors: [{ line: 5, message: /module\.buckets\.google_storage_bucket\.this\["a"\]/ }, { line: 5 }],
      },
    ],
  },
  { path: 'main.tf' },
);
