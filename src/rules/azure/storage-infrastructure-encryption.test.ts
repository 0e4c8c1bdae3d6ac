import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-infrastructure-encryption.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "azurerm_storage_account" "sa" {\n  name                              = "stdata"\n  infrastructure_encryption_enabled = true\n}\n',
      },
      {
        name: 'kind that cannot use it',
        code: 'resource "azurerm_storage_account" "sa" {\n  name         = "stdata"\n  account_kind = "BlobStorage"\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "azurerm_storage_account" "sa" {\n  name = "stdata"\n}\n',
        errors: [{ line: 1, severity: 'low' }],
      },
    ],
  },
  { path: 'main.tf' },
);
