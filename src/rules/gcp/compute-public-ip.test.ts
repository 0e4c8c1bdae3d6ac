import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './compute-public-ip.js';

const vm = (nic: string) =>
  `resource "google_compute_instance" "vm" {\n  name = "app-1"\n\n  network_interface {\n    subnetwork = "app"\n${nic}  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: vm('') }],
    invalid: [{ code: vm('    access_config {}\n'), errors: [{ line: 6, severity: 'low' }] }],
  },
  { path: 'main.tf' },
);
