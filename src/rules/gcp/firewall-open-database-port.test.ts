import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './firewall-open-database-port.js';

const fw = (ports: string, ranges: string) =>
  `resource "google_compute_firewall" "db" {\n  name    = "allow-db"\n  network = "default"\n\n  allow {\n    protocol = "tcp"\n    ports    = [${ports}]\n  }\n\n  source_ranges = [${ranges}]\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: fw('"5432"', '"10.10.0.0/16"') }],
    invalid: [
      {
        code: fw('"5432"', '"0.0.0.0/0"'),
        options: { cidr: '10.10.0.0/16' },
        errors: [{ line: 10, message: /PostgreSQL/ }],
        output: fw('"5432"', '"10.10.0.0/16"'),
      },
    ],
  },
  { path: 'main.tf' },
);
