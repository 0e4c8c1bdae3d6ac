import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-min-tls.js';

const account = (tls: string) =>
  `resource "azurerm_storage_account" "sa" {\n  name            = "stdata"\n  min_tls_version = "${tls}"\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'default', code: 'resource "azurerm_storage_account" "sa" {\n  name = "stdata"\n}\n' },
      { code: account('TLS1_2') },
    ],
    invalid: [
      {
        code: account('TLS1_0'),
        errors: [{ line: 3, message: /accepts TLS1_0/ }],
        output: account('TLS1_2'),
      },
      { code: account('TLS1_1'), errors: [{ line: 3 }], output: account('TLS1_2') },
    ],
  },
  { path: 'main.tf' },
);
