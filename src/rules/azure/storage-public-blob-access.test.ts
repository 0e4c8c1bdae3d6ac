import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-public-blob-access.js';

const account = (extra: string) =>
  `resource "azurerm_storage_account" "sa" {\n  name         = "stdata"\n  account_tier = "Standard"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: account('  allow_nested_items_to_be_public = false\n') },
      { name: 'v2 attribute, default false', code: account('  allow_blob_public_access = false\n') },
    ],
    invalid: [
      {
        name: 'explicit true',
        code: account('  allow_nested_items_to_be_public = true\n'),
        errors: [{ line: 4, severity: 'medium' }],
        output: account('  allow_nested_items_to_be_public = false\n'),
      },
      {
        name: 'v2 attribute true',
        code: account('  allow_blob_public_access = true\n'),
        errors: [{ line: 4 }],
        output: account('  allow_blob_public_access = false\n'),
      },
      {
        name: 'missing (v3+ default true)',
        code: account(''),
        errors: [{ line: 1, severity: 'low', message: /default: true/ }],
        output: account('  allow_nested_items_to_be_public = false\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
