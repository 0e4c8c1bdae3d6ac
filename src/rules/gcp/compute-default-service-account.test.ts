import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './compute-default-service-account.js';

const vm = (sa: string) =>
  `resource "google_compute_instance" "vm" {\n  name = "app-1"\n\n  service_account {\n${sa}  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        name: 'dedicated SA',
        code: vm('    email  = google_service_account.app.email\n    scopes = ["cloud-platform"]\n'),
      },
      { name: 'default SA, narrow scopes', code: vm('    scopes = ["logging-write", "monitoring-write"]\n') },
    ],
    invalid: [
      { name: 'no email', code: vm('    scopes = ["cloud-platform"]\n'), errors: [{ line: 5 }] },
      {
        name: 'explicit default SA',
        code: vm(
          '    email  = "123456789012-compute@developer.gserviceaccount.com"\n    scopes = ["https://www.googleapis.com/auth/cloud-platform"]\n',
        ),
        errors: [{ line: 6 }],
      },
    ],
  },
  { path: 'main.tf' },
);
