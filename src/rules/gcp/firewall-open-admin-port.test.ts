import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './firewall-open-admin-port.js';

const fw = (ports: string, ranges: string, extra = '') => `resource "google_compute_firewall" "ssh" {
  name    = "allow-ssh"
  network = google_compute_network.vpc.name
${extra}
  allow {
    protocol = "tcp"
    ports    = [${ports}]
  }

  source_ranges = [${ranges}]
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'IAP range', code: fw('"22"', '"35.235.240.0/20"') },
      { name: 'https', code: fw('"443"', '"0.0.0.0/0"') },
      { name: 'egress', code: fw('"22"', '"0.0.0.0/0"', '  direction = "EGRESS"\n') },
      { name: 'disabled', code: fw('"22"', '"0.0.0.0/0"', '  disabled = true\n') },
    ],
    invalid: [
      {
        code: fw('"22", "443"', '"10.0.0.0/8", "0.0.0.0/0"'),
        options: { cidr: '35.235.240.0/20' },
        errors: [{ line: 10, message: /SSH \(ports 22, 443\) from 0\.0\.0\.0\/0/ }],
        output: fw('"22", "443"', '"10.0.0.0/8", "35.235.240.0/20"'),
      },
      {
        name: 'rdp in a range',
        code: fw('"3000-4000"', '"0.0.0.0/0"'),
        errors: [{ line: 10, message: /RDP/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
