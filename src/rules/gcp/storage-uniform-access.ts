import { attributeRule } from '../aws/lib/attribute-rule.js';
import { isFalse, isTrue } from '../azure/lib/values.js';

export default attributeRule({
  id: 'gcp/storage-uniform-access',
  severity: 'medium',
  title: 'Cloud Storage bucket uses fine-grained ACLs',
  why: 'Without uniform bucket-level access, every object can carry its own ACL, so one upload with a public or over-broad ACL exposes that object even though the bucket IAM policy looks private; access becomes impossible to audit from the bucket alone. The provider default is false.',
  fix: 'Set `uniform_bucket_level_access = true` on the `google_storage_bucket` and move any needed object ACL grants to bucket IAM (the switch can be reverted for 90 days).',
  verify:
    'Run `gcloud storage buckets describe gs://<bucket> --format="value(uniform_bucket_level_access)"` and check it prints True.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 5.2',
    'CWE-732',
    'https://cloud.google.com/storage/docs/uniform-bucket-level-access',
  ],
  types: ['google_storage_bucket'],
  attr: 'uniform_bucket_level_access',
  ok: (v) => (isTrue(v) ? true : v === undefined || v === null || isFalse(v) ? false : undefined),
  message: (res, v) =>
    v === undefined
      ? `${res.address} does not enable uniform bucket-level access (default false)`
      : `${res.address} sets uniform_bucket_level_access = false`,
  fixValue: 'true',
});
