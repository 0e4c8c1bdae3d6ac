import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-sqlserver-cross-db-ownership.js';

const sql = (flags: string) =>
  `resource "google_sql_database_instance" "db" {\n  name             = "db-prod"\n  database_version = "SQLSERVER_2022_ENTERPRISE"\n\n  settings {\n    tier = "db-custom-2-7680"\n${flags}  }\n}\n`;
const flag = (value: string) =>
  `\n    database_flags {\n      name  = "cross db ownership chaining"\n      value = "${value}"\n    }\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ name: 'default', code: sql('') }, { code: sql(flag('off')) }],
    invalid: [{ code: sql(flag('on')), errors: [{ line: 10 }], output: sql(flag('off')) }],
  },
  { path: 'main.tf' },
);
