import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './firewall-open-all-ports.js';

const fw = (allow: string, ranges: string) =>
  `resource "google_compute_firewall" "all" {\n  name    = "allow-all"\n  network = "default"\n\n  allow {\n${allow}  }\n\n  source_ranges = [${ranges}]\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: fw('    protocol = "all"\n', '"10.0.0.0/8"') },
      { code: fw('    protocol = "tcp"\n    ports    = ["443"]\n', '"0.0.0.0/0"') },
      { name: 'icmp', code: fw('    protocol = "icmp"\n', '"0.0.0.0/0"') },
    ],
    invalid: [
      {
        code: fw('    protocol = "all"\n', '"0.0.0.0/0"'),
        options: { cidr: '10.0.0.0/8' },
        errors: [{ line: 9, message: /all traffic \(all ports\)/ }],
        output: fw('    protocol = "all"\n', '"10.0.0.0/8"'),
      },
      { name: 'tcp without ports', code: fw('    protocol = "tcp"\n', '"0.0.0.0/0"'), errors: [{ line: 9 }] },
    ],
  },
  { path: 'main.tf' },
);
