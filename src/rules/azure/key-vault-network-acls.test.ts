import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './key-vault-network-acls.js';

const vault = (extra: string) =>
  `resource "azurerm_key_vault" "kv" {\n  name     = "kv-prod"\n  sku_name = "standard"\n${extra}}\n`;
const acls = (action: string) =>
  `\n  network_acls {\n    default_action = "${action}"\n    bypass         = "AzureServices"\n  }\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: vault(acls('Deny')) },
      { name: 'private only', code: vault('  public_network_access_enabled = false\n') },
    ],
    invalid: [
      { name: 'allow', code: vault(acls('Allow')), errors: [{ line: 6, severity: 'medium' }] },
      { name: 'no acls', code: vault(''), errors: [{ line: 1, severity: 'low' }] },
    ],
  },
  { path: 'main.tf' },
);
