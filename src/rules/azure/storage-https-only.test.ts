import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-https-only.js';

const account = (extra: string) =>
  `resource "azurerm_storage_account" "sa" {\n  name                     = "stdata"\n  account_replication_type = "LRS"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'default (true)', code: account('') },
      { name: 'v4 explicit true', code: account('  https_traffic_only_enabled = true\n') },
      {
        name: 'unknown',
        code: `variable "https" {}\n${account('  enable_https_traffic_only = var.https\n')}`,
      },
    ],
    invalid: [
      {
        name: 'v3 attribute false',
        code: account('  enable_https_traffic_only = false\n'),
        errors: [{ line: 4, message: /enable_https_traffic_only = false/ }],
        output: account('  enable_https_traffic_only = true\n'),
      },
      {
        name: 'v4 attribute false',
        code: account('  https_traffic_only_enabled = false\n'),
        errors: [{ line: 4 }],
        output: account('  https_traffic_only_enabled = true\n'),
      },
      {
        name: 'inside a local module',
        code: 'module "storage" {\n  source = "./modules/storage"\n  https  = false\n}\n',
        files: {
          '/sample/modules/storage/main.tf':
            'variable "https" {\n  default = true\n}\n\nresource "azurerm_storage_account" "this" {\n  name                      = "stmod"\n  enable_https_traffic_only = var.https\n}\n',
        },
        errors: [{ line: 7, message: /module\.storage\.azurerm_storage_account\.this/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
