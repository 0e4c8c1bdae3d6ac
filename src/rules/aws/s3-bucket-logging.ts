import { defineRule } from '../../core/rule.js';
import { reportResource } from './lib/report.js';
import { bucketConfigs } from './lib/s3.js';

export default defineRule({
  id: 'aws/s3-bucket-logging',
  kind: 'terraform',
  severity: 'low',
  title: 'S3 bucket access logging is off',
  why: 'Without server access logs there is no record of who read, wrote or deleted objects. After a leak you cannot tell what was taken or by whom; for the bucket holding CloudTrail logs this is a CIS requirement.',
  fix: 'Add an `aws_s3_bucket_logging` for the bucket with `target_bucket` set to a dedicated log bucket (inline `logging { target_bucket = ... }` on provider v3).',
  verify: 'Run `aws s3api get-bucket-logging --bucket <name>` and check LoggingEnabled names the log bucket.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.4',
    'CWE-778',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
  ],
  check(doc, ctx) {
    // Log destinations themselves are not expected to log (that would loop).
    const targets = new Set<string>();
    for (const l of doc.ofType('aws_s3_bucket_logging')) {
      const t = l.values['target_bucket'];
      if (typeof t === 'string') targets.add(t);
      else if (t && typeof t === 'object' && 'ref' in t && typeof t.ref === 'string') targets.add(t.ref);
    }
    for (const bucket of doc.ofType('aws_s3_bucket')) {
      const name = bucket.values['bucket'];
      if (targets.has(bucket.address) || (typeof name === 'string' && targets.has(name))) continue;
      if (bucket.values['acl'] === 'log-delivery-write') continue;
      const inline = bucket.values['logging'];
      if (inline !== undefined && inline !== null && !(Array.isArray(inline) && inline.length === 0))
        continue;
      if (bucketConfigs(doc, bucket, 'aws_s3_bucket_logging').length > 0) continue;
      reportResource(doc, ctx, {
        res: bucket,
        path: 'logging',
        message: `${bucket.address} has no access logging`,
      });
    }
  },
});
