import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './key-vault-purge-protection.js';

const vault = (extra: string) =>
  `resource "azurerm_key_vault" "kv" {\n  name      = "kv-prod"\n  sku_name  = "standard"\n  tenant_id = var.tenant_id\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: `variable "tenant_id" {}\n${vault('  purge_protection_enabled = true\n')}` }],
    invalid: [
      {
        name: 'missing',
        code: vault(''),
        errors: [{ line: 1, message: /default false/ }],
        output: vault('  purge_protection_enabled = true\n'),
      },
      {
        name: 'explicit false',
        code: vault('  purge_protection_enabled = false\n'),
        errors: [{ line: 5 }],
        output: vault('  purge_protection_enabled = true\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
