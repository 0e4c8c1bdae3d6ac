import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-backup-disabled.js';

const sql = (inner: string, extra = '') =>
  `resource "google_sql_database_instance" "db" {\n  name             = "db-prod"\n  database_version = "POSTGRES_15"\n${extra}\n  settings {\n    tier = "db-f1-micro"\n${inner}  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: sql('    backup_configuration {\n      enabled = true\n    }\n') },
      { name: 'replica', code: sql('', '  master_instance_name = "db-primary"\n') },
    ],
    invalid: [
      {
        name: 'missing',
        code: sql(''),
        errors: [{ line: 5 }],
        output: sql('    backup_configuration {\n      enabled = true\n    }\n'),
      },
      {
        name: 'disabled',
        code: sql('    backup_configuration {\n      enabled = false\n    }\n'),
        errors: [{ line: 8 }],
        output: sql('    backup_configuration {\n      enabled = true\n    }\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
