import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './compute-shielded-vm.js';

const vm = (extra: string) => `resource "google_compute_instance" "vm" {\n  name = "app-1"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: vm('\n  shielded_instance_config {\n    enable_secure_boot = true\n  }\n') }],
    invalid: [
      {
        name: 'missing',
        code: vm(''),
        errors: [{ line: 1 }],
        output: vm('  shielded_instance_config {\n    enable_secure_boot = true\n  }\n'),
      },
      {
        name: 'block without secure boot',
        code: vm('\n  shielded_instance_config {\n    enable_vtpm = true\n  }\n'),
        errors: [{ line: 4 }],
        output: vm(
          '\n  shielded_instance_config {\n    enable_vtpm = true\n    enable_secure_boot = true\n  }\n',
        ),
      },
    ],
  },
  { path: 'main.tf' },
);
