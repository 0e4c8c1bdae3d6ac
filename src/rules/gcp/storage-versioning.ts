import { attributeRule, mustBeTrue } from '../aws/lib/attribute-rule.js';

export default attributeRule({
  id: 'gcp/storage-versioning',
  severity: 'low',
  title: 'Cloud Storage bucket versioning is off',
  why: 'Without object versioning, an overwritten or deleted object is gone: a faulty deployment, a mistaken `gcloud storage rm -r` or ransomware overwriting objects cannot be undone. The provider default is off.',
  fix: 'Add `versioning { enabled = true }` to the `google_storage_bucket`, with a lifecycle rule that deletes old noncurrent versions to control cost.',
  verify:
    'Run `gcloud storage buckets describe gs://<bucket> --format="value(versioning_enabled)"` and check it prints True.',
  references: ['CWE-693', 'https://cloud.google.com/storage/docs/object-versioning'],
  types: ['google_storage_bucket'],
  block: 'versioning',
  attr: 'enabled',
  ok: mustBeTrue,
  message: (res) => `${res.address} does not enable object versioning`,
  fixValue: 'true',
});
