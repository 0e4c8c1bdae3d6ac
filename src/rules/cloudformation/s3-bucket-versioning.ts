import { propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/s3-bucket-versioning',
  severity: 'low',
  title: 'S3 bucket versioning is not enabled',
  why: 'Without versioning, an overwrite or delete (a bug, a bad deploy, ransomware with stolen keys) destroys the only copy of an object. Versioning keeps previous versions so they can be restored.',
  fix: 'Set `VersioningConfiguration: {Status: Enabled}` and add a lifecycle rule expiring noncurrent versions to bound the storage cost.',
  verify: 'Run `aws s3api get-bucket-versioning --bucket <name>` and check Status is Enabled.',
  references: ['CWE-693', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
  types: ['AWS::S3::Bucket'],
  path: ['VersioningConfiguration', 'Status'],
  ok: (v) =>
    v === undefined || v === null || v === 'Suspended' ? false : v === 'Enabled' ? true : undefined,
  message: (res, v) =>
    v === 'Suspended'
      ? `${res.logicalId} has versioning suspended`
      : `${res.logicalId} does not enable versioning`,
  fixValue: 'Enabled',
});
