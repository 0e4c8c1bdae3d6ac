import { defineRule } from '../../core/rule.js';
import { valueAt } from '../../sources/parsers/cloudformation/cloudformation-document.js';
import { isTfObject, isUnknown } from '../../sources/parsers/terraform/values.js';
import { setProperty } from './lib/edit.js';
import { bool } from './lib/property-rule.js';
import { reportProperty } from './lib/report.js';

const FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;

const EFFECT: Record<(typeof FLAGS)[number], string> = {
  BlockPublicAcls: 'new public ACLs can still be put on the bucket and its objects',
  BlockPublicPolicy: 'a bucket policy granting public access can still be attached',
  IgnorePublicAcls: 'existing public ACLs still grant access',
  RestrictPublicBuckets: 'a public bucket policy still grants anonymous and cross-account access',
};

export default defineRule({
  id: 'cfn/s3-public-access-block',
  kind: 'cloudformation',
  severity: 'high',
  title: 'S3 bucket public access block is missing or switched off',
  why: 'S3 Block Public Access is the safety net that stops an ACL or bucket policy from publishing the bucket. A `PublicAccessBlockConfiguration` that sets a switch to false (or leaves it out, which means false) removes that net on purpose; with no configuration at all the bucket relies on the S3 default for new buckets and on nobody changing it outside the template.',
  fix: 'Add `PublicAccessBlockConfiguration` to the bucket with `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls` and `RestrictPublicBuckets` all `true`. Serve public content through CloudFront with origin access control instead.',
  verify: 'Run `aws s3api get-public-access-block --bucket <name>` and check all four settings are true.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
    'CWE-284',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-publicaccessblockconfiguration.html',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::S3::Bucket')) {
      const config = valueAt(res, ['PublicAccessBlockConfiguration']);
      if (isUnknown(config)) continue;
      if (config === undefined || config === null) {
        reportProperty(doc, ctx, {
          res,
          path: ['PublicAccessBlockConfiguration'],
          severity: 'medium',
          message: `${res.logicalId} has no PublicAccessBlockConfiguration: nothing in the template stops it from being made public`,
          fix: (e) =>
            setProperty(
              e,
              doc,
              res,
              [],
              'PublicAccessBlockConfiguration',
              Object.fromEntries(FLAGS.map((f) => [f, true])),
            ),
        });
        continue;
      }
      if (!isTfObject(config)) continue;
      for (const flag of FLAGS) {
        const v = config[flag];
        if (isUnknown(v) || bool(v) === true) continue;
        if (v !== undefined && v !== null && bool(v) === undefined) continue;
        reportProperty(doc, ctx, {
          res,
          path: ['PublicAccessBlockConfiguration', flag],
          message:
            v === undefined || v === null
              ? `${res.logicalId} leaves ${flag} out of PublicAccessBlockConfiguration (false): ${EFFECT[flag]}`
              : `${res.logicalId} sets ${flag}: false: ${EFFECT[flag]}`,
          fix: (e) => setProperty(e, doc, res, ['PublicAccessBlockConfiguration'], flag, true),
        });
      }
    }
  },
});
