import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-network-default-allow.js';

const account = (extra: string) =>
  `resource "azurerm_storage_account" "sa" {\n  name = "stdata"\n${extra}}\n`;
const rules = (action: string) =>
  `resource "azurerm_storage_account_network_rules" "sa" {\n  storage_account_id = azurerm_storage_account.sa.id\n  default_action     = "${action}"\n  bypass             = ["AzureServices"]\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'inline deny', code: account('  network_rules {\n    default_action = "Deny"\n  }\n') },
      { name: 'linked deny', code: account('') + rules('Deny') },
      { name: 'public access off', code: account('  public_network_access_enabled = false\n') },
      {
        name: 'rules for an account passed in as a variable',
        code: `variable "account_id" {}\n${account('')}resource "azurerm_storage_account_network_rules" "x" {\n  storage_account_id = var.account_id\n  default_action     = "Deny"\n}\n`,
      },
    ],
    invalid: [
      {
        name: 'inline allow',
        code: account('  network_rules {\n    default_action = "Allow"\n  }\n'),
        errors: [{ line: 4, severity: 'medium' }],
      },
      {
        name: 'linked allow',
        code: account('') + rules('Allow'),
        errors: [{ line: 6, message: /azurerm_storage_account_network_rules\.sa sets default_action/ }],
      },
      { name: 'no rules at all', code: account(''), errors: [{ line: 1, severity: 'low' }] },
    ],
  },
  { path: 'main.tf' },
);
