import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-postgres-log-disconnections.js';

const sql = (flags: string) =>
  `resource "google_sql_database_instance" "db" {\n  name             = "db-prod"\n  database_version = "POSTGRES_15"\n\n  settings {\n    tier = "db-f1-micro"\n${flags}  }\n}\n`;
const flag = (value: string) =>
  `\n    database_flags {\n      name  = "log_disconnections"\n      value = "${value}"\n    }\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: sql(flag('on')) }],
    invalid: [{ code: sql(flag('off')), errors: [{ line: 10 }], output: sql(flag('on')) }],
  },
  { path: 'main.tf' },
);
