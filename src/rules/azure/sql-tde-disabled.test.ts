import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-tde-disabled.js';

const db = (extra: string) =>
  `resource "azurerm_mssql_database" "db" {\n  name      = "app"\n  server_id = azurerm_mssql_server.sql.id\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'default on', code: db('') },
      { code: db('  transparent_data_encryption_enabled = true\n') },
    ],
    invalid: [
      {
        code: db('  transparent_data_encryption_enabled = false\n'),
        errors: [{ line: 4 }],
        output: db('  transparent_data_encryption_enabled = true\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
