import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-postgres-log-connections.js';

const sql = (version: string, flags: string) =>
  `resource "google_sql_database_instance" "db" {\n  name             = "db-prod"\n  database_version = "${version}"\n\n  settings {\n    tier = "db-f1-micro"\n${flags}  }\n}\n`;
const flag = (name: string, value: string) =>
  `\n    database_flags {\n      name  = "${name}"\n      value = "${value}"\n    }\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: sql('POSTGRES_15', flag('log_connections', 'on')) },
      { name: 'mysql', code: sql('MYSQL_8_0', '') },
    ],
    invalid: [
      {
        name: 'off',
        code: sql('POSTGRES_15', flag('log_connections', 'off')),
        errors: [{ line: 10, severity: 'low' }],
        output: sql('POSTGRES_15', flag('log_connections', 'on')),
      },
      {
        name: 'missing, other flags present: appended after them',
        code: sql('POSTGRES_15', flag('log_checkpoints', 'on')),
        errors: [{ line: 8 }],
        output: sql(
          'POSTGRES_15',
          `${flag('log_checkpoints', 'on')}    database_flags {\n      name  = "log_connections"\n      value = "on"\n    }\n`,
        ),
      },
      {
        name: 'missing, no flags',
        code: sql('POSTGRES_14', ''),
        errors: [{ line: 5 }],
        output: sql(
          'POSTGRES_14',
          '    database_flags {\n      name  = "log_connections"\n      value = "on"\n    }\n',
        ),
      },
    ],
  },
  { path: 'main.tf' },
);
