import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sql-open-authorized-network.js';

const sql = (cidr: string, ipv4 = 'true') => `resource "google_sql_database_instance" "db" {
  name             = "db-prod"
  database_version = "POSTGRES_15"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = ${ipv4}

      authorized_networks {
        name  = "anyone"
        value = "${cidr}"
      }
    }
  }
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: sql('203.0.113.0/24') }, { name: 'no public IP', code: sql('0.0.0.0/0', 'false') }],
    invalid: [
      {
        code: sql('0.0.0.0/0'),
        options: { cidr: '203.0.113.0/24' },
        errors: [{ line: 13, severity: 'critical' }],
        output: sql('203.0.113.0/24'),
      },
    ],
  },
  { path: 'main.tf' },
);
