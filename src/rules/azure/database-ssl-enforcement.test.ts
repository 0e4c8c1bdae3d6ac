import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './database-ssl-enforcement.js';

const conf = (type: string, value: string) =>
  `resource "${type}" "tls" {\n  name      = "require_secure_transport"\n  server_id = azurerm_postgresql_flexible_server.pg.id\n  value     = "${value}"\n}\n`;
const single = (v: string) =>
  `resource "azurerm_postgresql_server" "pg" {\n  name                    = "pg-prod"\n  ssl_enforcement_enabled = ${v}\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: conf('azurerm_postgresql_flexible_server_configuration', 'on') },
      {
        name: 'other parameter',
        code: conf('azurerm_mysql_flexible_server_configuration', 'OFF').replace(
          'require_secure_transport',
          'slow_query_log',
        ),
      },
      { code: single('true') },
    ],
    invalid: [
      {
        name: 'postgres flexible off',
        code: conf('azurerm_postgresql_flexible_server_configuration', 'off'),
        errors: [{ line: 4 }],
        output: conf('azurerm_postgresql_flexible_server_configuration', 'on'),
      },
      {
        name: 'mysql flexible OFF keeps the case',
        code: conf('azurerm_mysql_flexible_server_configuration', 'OFF'),
        errors: [{ line: 4 }],
        output: conf('azurerm_mysql_flexible_server_configuration', 'ON'),
      },
      { name: 'single server', code: single('false'), errors: [{ line: 3 }], output: single('true') },
    ],
  },
  { path: 'main.tf' },
);
