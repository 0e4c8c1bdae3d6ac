import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-min-tls.js';

const server = (tls: string) =>
  `resource "azurerm_mssql_server" "sql" {\n  name                = "sql-prod"\n  version             = "12.0"\n  minimum_tls_version = "${tls}"\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: server('1.2') },
      { name: 'default', code: 'resource "azurerm_mssql_server" "sql" {\n  version = "12.0"\n}\n' },
    ],
    invalid: [
      { code: server('1.0'), errors: [{ line: 4, message: /"1\.0"/ }], output: server('1.2') },
      { name: 'Disabled', code: server('Disabled'), errors: [{ line: 4 }], output: server('1.2') },
    ],
  },
  { path: 'main.tf' },
);
