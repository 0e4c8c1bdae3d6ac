import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './key-vault-soft-delete.js';

const vault = (extra: string) =>
  `resource "azurerm_key_vault" "kv" {\n  name     = "kv-prod"\n  sku_name = "standard"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ name: 'defaults', code: vault('') }, { code: vault('  soft_delete_retention_days = 90\n') }],
    invalid: [
      {
        name: 'v2 soft delete off',
        code: vault('  soft_delete_enabled = false\n'),
        errors: [{ line: 4, severity: 'medium' }],
        output: vault('  soft_delete_enabled = true\n'),
      },
      {
        name: 'short retention',
        code: vault('  soft_delete_retention_days = 7\n'),
        errors: [{ line: 4, severity: 'low', message: /only 7 days/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
