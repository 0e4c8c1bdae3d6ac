import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-require-ssl.js';

const sql = (ip: string) =>
  `resource "google_sql_database_instance" "db" {\n  name             = "db-prod"\n  database_version = "MYSQL_8_0"\n\n  settings {\n    tier = "db-f1-micro"\n${ip}  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: sql('    ip_configuration {\n      ssl_mode = "ENCRYPTED_ONLY"\n    }\n') },
      { name: 'legacy require_ssl', code: sql('    ip_configuration {\n      require_ssl = true\n    }\n') },
    ],
    invalid: [
      {
        name: 'no ip_configuration',
        code: sql(''),
        errors: [{ line: 5 }],
        output: sql('    ip_configuration {\n      ssl_mode = "ENCRYPTED_ONLY"\n    }\n'),
      },
      {
        name: 'require_ssl false',
        code: sql('    ip_configuration {\n      ipv4_enabled = true\n      require_ssl  = false\n    }\n'),
        errors: [{ line: 9 }],
        output: sql(
          '    ip_configuration {\n      ipv4_enabled = true\n      require_ssl  = false\n      ssl_mode     = "ENCRYPTED_ONLY"\n    }\n',
        ),
      },
      {
        name: 'ssl_mode allows unencrypted',
        code: sql('    ip_configuration {\n      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"\n    }\n'),
        errors: [{ line: 8 }],
        output: sql('    ip_configuration {\n      ssl_mode = "ENCRYPTED_ONLY"\n    }\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
