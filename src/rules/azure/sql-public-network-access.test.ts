import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-public-network-access.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "azurerm_mssql_server" "sql" {\n  version                       = "12.0"\n  public_network_access_enabled = false\n}\n',
      },
    ],
    invalid: [
      {
        name: 'default',
        code: 'resource "azurerm_mssql_server" "sql" {\n  version = "12.0"\n}\n',
        errors: [{ line: 1, message: /default true/ }],
      },
      {
        name: 'explicit',
        code: 'resource "azurerm_mssql_server" "sql" {\n  version                       = "12.0"\n  public_network_access_enabled = true\n}\n',
        errors: [{ line: 3 }],
      },
    ],
  },
  { path: 'main.tf' },
);
