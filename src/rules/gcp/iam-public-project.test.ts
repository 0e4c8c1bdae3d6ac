import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-public-project.js';

const member = (m: string) =>
  `resource "google_project_iam_member" "m" {\n  project = "acme-prod"\n  role    = "roles/viewer"\n  member  = "${m}"\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: member('group:ops@example.com') }],
    invalid: [
      { code: member('allUsers'), errors: [{ line: 4, message: /roles\/viewer to allUsers/ }] },
      {
        name: 'binding',
        code: 'resource "google_project_iam_binding" "b" {\n  project = "acme-prod"\n  role    = "roles/browser"\n  members = ["allAuthenticatedUsers"]\n}\n',
        errors: [{ line: 4 }],
      },
    ],
  },
  { path: 'main.tf' },
);
