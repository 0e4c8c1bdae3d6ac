import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-primitive-roles.js';

const member = (role: string, m: string) =>
  `resource "google_project_iam_member" "m" {\n  project = "acme-prod"\n  role    = "${role}"\n  member  = "${m}"\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: member('roles/compute.viewer', 'user:dev@example.com') },
      { name: 'unknown member', code: `variable "who" {}\n${member('roles/owner', '${var.who}')}` },
    ],
    invalid: [
      {
        code: member('roles/owner', 'user:dev@example.com'),
        errors: [{ line: 4, message: /roles\/owner to user:dev/ }],
      },
      {
        name: 'editor for a service account via binding',
        code: 'resource "google_project_iam_binding" "b" {\n  project = "acme-prod"\n  role    = "roles/editor"\n  members = ["serviceAccount:ci@acme-prod.iam.gserviceaccount.com"]\n}\n',
        errors: [{ line: 4 }],
      },
    ],
  },
  { path: 'main.tf' },
);
