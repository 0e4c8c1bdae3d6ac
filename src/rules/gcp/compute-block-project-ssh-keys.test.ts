import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './compute-block-project-ssh-keys.js';

const vm = (meta: string) =>
  `resource "google_compute_instance" "vm" {\n  name         = "app-1"\n  machine_type = "e2-small"\n${meta}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: vm('  metadata = {\n    block-project-ssh-keys = "true"\n  }\n') },
      { name: 'OS Login on', code: vm('  metadata = {\n    enable-oslogin = "TRUE"\n  }\n') },
    ],
    invalid: [
      {
        name: 'no metadata: attribute added',
        code: vm(''),
        errors: [{ line: 1, severity: 'low' }],
        output: vm('  metadata     = { block-project-ssh-keys = "true" }\n'),
      },
      {
        name: 'metadata without the key: entry added',
        code: vm('  metadata = {\n    startup-script = "echo hi"\n  }\n'),
        errors: [{ line: 4 }],
        output: vm(
          '  metadata = {\n    startup-script = "echo hi"\n    block-project-ssh-keys = "true"\n  }\n',
        ),
      },
      {
        name: 'explicit false',
        code: vm('  metadata = {\n    block-project-ssh-keys = "false"\n  }\n'),
        errors: [{ line: 5 }],
        output: vm('  metadata = {\n    block-project-ssh-keys = "true"\n  }\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
