import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './compute-ip-forwarding.js';

const vm = (v: string) =>
  `resource "google_compute_instance" "vm" {\n  name           = "app-1"\n  can_ip_forward = ${v}\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: vm('false') }],
    invalid: [{ code: vm('true'), errors: [{ line: 3, severity: 'low' }], output: vm('false') }],
  },
  { path: 'main.tf' },
);
