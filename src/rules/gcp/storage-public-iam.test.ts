import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-public-iam.js';

const bucket = 'resource "google_storage_bucket" "b" {\n  name     = "acme-exports"\n  location = "EU"\n}\n';
const member = (m: string) =>
  `resource "google_storage_bucket_iam_member" "viewer" {\n  bucket = google_storage_bucket.b.name\n  role   = "roles/storage.objectViewer"\n  member = "${m}"\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: bucket + member('group:data@example.com') },
      {
        name: 'public access prevention enforced on the bucket',
        code:
          bucket.replace('"EU"\n', '"EU"\n  public_access_prevention = "enforced"\n') + member('allUsers'),
      },
    ],
    invalid: [
      {
        name: 'iam_member allUsers',
        code: bucket + member('allUsers'),
        errors: [{ line: 8, severity: 'critical', message: /objectViewer to allUsers/ }],
      },
      {
        name: 'iam_binding allAuthenticatedUsers',
        code: 'resource "google_storage_bucket_iam_binding" "b" {\n  bucket  = "acme-exports"\n  role    = "roles/storage.objectViewer"\n  members = ["user:a@example.com", "allAuthenticatedUsers"]\n}\n',
        errors: [{ line: 4, severity: 'high' }],
      },
      {
        name: 'iam_policy with a google_iam_policy data source',
        code: `data "google_iam_policy" "public" {\n  binding {\n    role    = "roles/storage.objectViewer"\n    members = ["allUsers"]\n  }\n}\n\nresource "google_storage_bucket_iam_policy" "p" {\n  bucket      = "acme-exports"\n  policy_data = data.google_iam_policy.public.policy_data\n}\n`,
        errors: [{ line: 4, message: /google_storage_bucket_iam_policy\.p grants/ }],
      },
      {
        name: 'iam_policy with jsonencode',
        code: 'resource "google_storage_bucket_iam_policy" "p" {\n  bucket = "acme-exports"\n  policy_data = jsonencode({\n    bindings = [{ role = "roles/storage.objectViewer", members = ["allUsers"] }]\n  })\n}\n',
        errors: [{ line: 3 }],
      },
      {
        name: 'bucket ACL',
        code: 'resource "google_storage_bucket_acl" "a" {\n  bucket      = "acme-exports"\n  role_entity = ["OWNER:project-owners-123", "READER:allUsers"]\n}\n',
        errors: [{ line: 3, message: /READER to allUsers/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
