import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-mysql-local-infile.js';

const sql = (flags: string) =>
  `resource "google_sql_database_instance" "db" {\n  name             = "db-prod"\n  database_version = "MYSQL_8_0"\n\n  settings {\n    tier = "db-f1-micro"\n${flags}  }\n}\n`;
const flag = (value: string) =>
  `\n    database_flags {\n      name  = "local_infile"\n      value = "${value}"\n    }\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ name: 'default', code: sql('') }, { code: sql(flag('off')) }],
    invalid: [{ code: sql(flag('on')), errors: [{ line: 10 }], output: sql(flag('off')) }],
  },
  { path: 'main.tf' },
);
