import { defineRule } from '../../core/rule.js';
import { setAttribute, setNestedAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from './lib/report.js';
import { bucketConfigs, insertAfterResource } from './lib/s3.js';

export default defineRule({
  id: 'aws/s3-bucket-versioning',
  kind: 'terraform',
  severity: 'low',
  title: 'S3 bucket versioning is off',
  why: 'Without versioning, an overwritten or deleted object is gone for good: a buggy deployment, a mistaken `aws s3 rm --recursive`, or ransomware that encrypts objects in place cannot be undone.',
  fix: 'Add an `aws_s3_bucket_versioning` with `versioning_configuration { status = "Enabled" }` (inline `versioning { enabled = true }` on provider v3), with a lifecycle rule to expire old versions.',
  verify: 'Run `aws s3api get-bucket-versioning --bucket <name>` and check Status is Enabled.',
  references: ['CWE-693', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
  fixable: 'auto',
  check(doc, ctx) {
    for (const bucket of doc.ofType('aws_s3_bucket')) {
      const inline = blocksOf(bucket.values, 'versioning');
      if (inline === null) continue;
      const linked = bucketConfigs(doc, bucket, 'aws_s3_bucket_versioning');
      for (const v of linked) {
        const conf = blocksOf(v.values, 'versioning_configuration');
        if (conf === null) continue;
        const status = conf[0]?.['status'];
        if (isUnknown(status) || status === 'Enabled') continue;
        reportResource(doc, ctx, {
          res: v,
          ...(conf[0] ? { obj: conf[0], key: 'status' } : { key: 'versioning_configuration' }),
          message: `${v.address} sets versioning status to ${String(status ?? 'unset')}`,
          fix: (target) =>
            conf[0]
              ? setAttribute(target, 'status', '"Enabled"')
              : setNestedAttribute(target, 'versioning_configuration', 'status', '"Enabled"'),
        });
      }
      if (linked.length > 0) continue;
      const enabled = inline[0]?.['enabled'];
      if (inline[0] && (isUnknown(enabled) || enabled === true || enabled === 'true')) continue;
      if (inline[0]) {
        reportResource(doc, ctx, {
          res: bucket,
          obj: inline[0],
          key: 'enabled',
          path: 'versioning/enabled',
          message: `${bucket.address} turns versioning off`,
          fix: (target) => setAttribute(target, 'enabled', 'true'),
        });
        continue;
      }
      reportResource(doc, ctx, {
        res: bucket,
        path: 'versioning',
        message: `${bucket.address} does not enable versioning`,
        fix: (target) =>
          insertAfterResource(target, bucket, (ref) => [
            `resource "aws_s3_bucket_versioning" "${bucket.name}" {`,
            `  bucket = ${ref}.id`,
            '  versioning_configuration {',
            '    status = "Enabled"',
            '  }',
            '}',
          ]),
      });
    }
  },
});
