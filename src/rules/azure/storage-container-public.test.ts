import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-container-public.js';

const container = (type: string) =>
  `resource "azurerm_storage_container" "c" {\n  name                  = "exports"\n  storage_account_name  = azurerm_storage_account.sa.name\n  container_access_type = "${type}"\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: container('private') },
      { name: 'default private', code: 'resource "azurerm_storage_container" "c" {\n  name = "x"\n}\n' },
    ],
    invalid: [
      {
        code: container('blob'),
        errors: [{ line: 4, severity: 'high', message: /access type "blob"/ }],
        output: container('private'),
      },
      {
        code: container('container'),
        errors: [{ line: 4, severity: 'critical' }],
        output: container('private'),
      },
    ],
  },
  { path: 'main.tf' },
);
