import { defineRule } from '../../core/rule.js';
import { reportResource } from './lib/report.js';
import { bucketConfigs, insertAfterResource } from './lib/s3.js';

export default defineRule({
  id: 'aws/s3-bucket-encryption',
  kind: 'terraform',
  severity: 'low',
  title: 'S3 bucket has no encryption configuration',
  why: 'S3 now encrypts new objects with S3-managed keys by default, but without an explicit configuration you cannot require KMS keys, audit key use in CloudTrail, or revoke access to the data by disabling a key. Declaring it in code also keeps the setting from drifting.',
  fix: 'Add an `aws_s3_bucket_server_side_encryption_configuration` for the bucket with `sse_algorithm = "aws:kms"` (and your `kms_master_key_id`), plus `bucket_key_enabled = true` to keep KMS costs down.',
  verify: 'Run `aws s3api get-bucket-encryption --bucket <name>` and check the rule uses aws:kms.',
  references: [
    'CWE-311',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const bucket of doc.ofType('aws_s3_bucket')) {
      const inline = bucket.values['server_side_encryption_configuration'];
      if (inline !== undefined && inline !== null && !(Array.isArray(inline) && inline.length === 0))
        continue;
      if (bucketConfigs(doc, bucket, 'aws_s3_bucket_server_side_encryption_configuration').length > 0)
        continue;
      reportResource(doc, ctx, {
        res: bucket,
        path: 'server_side_encryption_configuration',
        message: `${bucket.address} has no server-side encryption configuration`,
        fix: (target) =>
          insertAfterResource(target, bucket, (ref) => [
            `resource "aws_s3_bucket_server_side_encryption_configuration" "${bucket.name}" {`,
            `  bucket = ${ref}.id`,
            '',
            '  rule {',
            '    apply_server_side_encryption_by_default {',
            '      sse_algorithm = "aws:kms"',
            '    }',
            '    bucket_key_enabled = true',
            '  }',
            '}',
          ]),
      });
    }
  },
});
