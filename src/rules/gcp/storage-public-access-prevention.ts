import { hclString } from '../../fixers/hcl-edit.js';
import { attributeRule } from '../aws/lib/attribute-rule.js';

export default attributeRule({
  id: 'gcp/storage-public-access-prevention',
  severity: 'low',
  title: 'Cloud Storage bucket does not enforce public access prevention',
  why: 'Public access prevention is the safety catch that makes Cloud Storage refuse any grant to `allUsers` or `allAuthenticatedUsers`, whatever IAM or ACL change someone makes later. Without it (the default is "inherited" from the organization policy), one mistaken grant publishes the bucket.',
  fix: 'Set `public_access_prevention = "enforced"` on buckets that must never be public (or enforce `storage.publicAccessPrevention` as an organization policy).',
  verify:
    'Run `gcloud storage buckets describe gs://<bucket> --format="value(public_access_prevention)"` and check it prints enforced.',
  references: ['CWE-284', 'https://cloud.google.com/storage/docs/public-access-prevention'],
  types: ['google_storage_bucket'],
  attr: 'public_access_prevention',
  ok: (v) => v === 'enforced',
  message: (res, v) =>
    v === undefined
      ? `${res.address} does not enforce public access prevention`
      : `${res.address} sets public_access_prevention = "${String(v)}"`,
  fixValue: hclString('enforced'),
});
