import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './compute-oslogin-disabled.js';

const project = (meta: string) =>
  `resource "google_compute_project_metadata" "p" {\n  metadata = {\n${meta}  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: project('    enable-oslogin = "TRUE"\n') },
      {
        name: 'metadata item on',
        code: 'resource "google_compute_project_metadata_item" "os" {\n  key   = "enable-oslogin"\n  value = "TRUE"\n}\n',
      },
    ],
    invalid: [
      {
        name: 'project metadata off',
        code: project('    enable-oslogin = "FALSE"\n'),
        errors: [{ line: 3, severity: 'medium' }],
        output: project('    enable-oslogin = "TRUE"\n'),
      },
      {
        name: 'project metadata without the key',
        code: project('    ssh-keys = ""\n'),
        errors: [{ line: 2, severity: 'low' }],
        output: project('    ssh-keys = ""\n    enable-oslogin = "TRUE"\n'),
      },
      {
        name: 'metadata item off',
        code: 'resource "google_compute_project_metadata_item" "os" {\n  key   = "enable-oslogin"\n  value = "FALSE"\n}\n',
        errors: [{ line: 3 }],
        output:
          'resource "google_compute_project_metadata_item" "os" {\n  key   = "enable-oslogin"\n  value = "TRUE"\n}\n',
      },
      {
        name: 'instance override',
        code: 'resource "google_compute_instance" "vm" {\n  name     = "app-1"\n  metadata = {\n    enable-oslogin = "false"\n  }\n}\n',
        errors: [{ line: 4 }],
        output:
          'resource "google_compute_instance" "vm" {\n  name     = "app-1"\n  metadata = {\n    enable-oslogin = "TRUE"\n  }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
