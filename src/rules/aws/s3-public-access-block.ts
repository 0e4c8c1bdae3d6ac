import { defineRule } from '../../core/rule.js';
import { reportResource } from './lib/report.js';
import { bucketConfigs, insertAfterResource } from './lib/s3.js';

export default defineRule({
  id: 'aws/s3-public-access-block',
  kind: 'terraform',
  severity: 'medium',
  title: 'S3 bucket has no public access block',
  why: 'S3 Block Public Access is the safety net that stops a later ACL or policy change from publishing the bucket. When Terraform does not manage it, the setting depends on account defaults and on whoever last clicked in the console, and nothing in code stops the bucket from being made public.',
  fix: 'Add an `aws_s3_bucket_public_access_block` for the bucket with all four settings true (or manage `aws_s3_account_public_access_block` for the whole account).',
  verify: 'Run `aws s3api get-public-access-block --bucket <name>` and check all four settings are true.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
    'CWE-284',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    if (doc.ofType('aws_s3_account_public_access_block').length > 0) return;
    for (const bucket of doc.ofType('aws_s3_bucket')) {
      if (bucketConfigs(doc, bucket, 'aws_s3_bucket_public_access_block').length > 0) continue;
      reportResource(doc, ctx, {
        res: bucket,
        path: 'public_access_block',
        message: `${bucket.address} has no aws_s3_bucket_public_access_block`,
        fix: (target) =>
          insertAfterResource(target, bucket, (ref) => [
            `resource "aws_s3_bucket_public_access_block" "${bucket.name}" {`,
            `  bucket                  = ${ref}.id`,
            '  block_public_acls       = true',
            '  block_public_policy     = true',
            '  ignore_public_acls      = true',
            '  restrict_public_buckets = true',
            '}',
          ]),
      });
    }
  },
});
