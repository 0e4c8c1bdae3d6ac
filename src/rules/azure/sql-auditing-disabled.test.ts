import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-auditing-disabled.js';

const server =
  'resource "azurerm_mssql_server" "sql" {\n  name                = "sql-prod"\n  resource_group_name = "rg"\n  version             = "12.0"\n}\n';
const policy = (enabled: string) =>
  `resource "azurerm_mssql_server_extended_auditing_policy" "sql" {\n  server_id              = azurerm_mssql_server.sql.id\n  log_monitoring_enabled = true\n  enabled                = ${enabled}\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'linked policy', code: server + policy('true') },
      {
        name: 'policy for a server id passed in',
        code: `variable "server_id" {}\n${server}resource "azurerm_mssql_server_extended_auditing_policy" "p" {\n  server_id = var.server_id\n}\n`,
      },
    ],
    invalid: [
      { name: 'no policy', code: server, errors: [{ line: 1, message: /no extended auditing policy/ }] },
      {
        name: 'policy disabled',
        code: server + policy('false'),
        errors: [{ line: 9, message: /enabled = false/ }],
        output: server + policy('true'),
      },
    ],
  },
  { path: 'main.tf' },
);
