import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './compute-serial-port.js';

const vm = (meta: string) =>
  `resource "google_compute_instance" "vm" {\n  name         = "app-1"\n  machine_type = "e2-small"\n${meta}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'no metadata', code: vm('') },
      { code: vm('\n  metadata = {\n    serial-port-enable = "false"\n  }\n') },
      { name: 'metadata from a variable', code: `variable "m" {}\n${vm('  metadata = var.m\n')}` },
    ],
    invalid: [
      {
        code: vm('\n  metadata = {\n    serial-port-enable = "TRUE"\n    enable-oslogin     = "TRUE"\n  }\n'),
        errors: [{ line: 6 }],
        output: vm(
          '\n  metadata = {\n    serial-port-enable = "false"\n    enable-oslogin     = "TRUE"\n  }\n',
        ),
      },
      {
        name: 'instance template, quoted key, number',
        code: 'resource "google_compute_instance_template" "t" {\n  metadata = { "serial-port-enable" = 1 }\n}\n',
        errors: [{ line: 2 }],
        output:
          'resource "google_compute_instance_template" "t" {\n  metadata = { "serial-port-enable" = "false" }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
