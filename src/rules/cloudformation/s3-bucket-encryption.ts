import { defineRule } from '../../core/rule.js';
import { valueAt } from '../../sources/parsers/cloudformation/cloudformation-document.js';
import { setProperty } from './lib/edit.js';
import { reportProperty } from './lib/report.js';

/**
 * Low, not high: since January 2023 S3 encrypts every new object with S3-managed keys (SSE-S3)
 * whether or not the bucket declares it, so a bucket without `BucketEncryption` is not storing
 * plaintext. What is missing is control: KMS keys, key-use audit in CloudTrail, revocation.
 */
export default defineRule({
  id: 'cfn/s3-bucket-encryption',
  kind: 'cloudformation',
  severity: 'low',
  title: 'S3 bucket does not declare its encryption',
  why: 'S3 now encrypts new objects with S3-managed keys by default, so the data is not stored in plaintext; but without an explicit `BucketEncryption` you cannot require a KMS key, audit key use in CloudTrail, or cut off access to the data by disabling the key, and the setting is not visible or reviewable in the template.',
  fix: 'Add `BucketEncryption` with a `ServerSideEncryptionByDefault` rule: `SSEAlgorithm: aws:kms` (with your `KMSMasterKeyID` and `BucketKeyEnabled: true`) when you need key control, or `AES256` to state the default explicitly.',
  verify:
    'Run `aws s3api get-bucket-encryption --bucket <name>` and check the rule uses the algorithm you chose.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.1.1',
    'CWE-311',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
  ],
  fixable: 'suggestion',
  options: { algorithm: { description: 'SSEAlgorithm to declare: aws:kms, aws:kms:dsse or AES256.' } },
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::S3::Bucket')) {
      const v = valueAt(res, ['BucketEncryption']);
      if (v !== undefined && v !== null) continue;
      reportProperty(doc, ctx, {
        res,
        path: ['BucketEncryption'],
        message: `${res.logicalId} does not declare BucketEncryption (only the S3-managed default applies)`,
        suggest: {
          question:
            'Which server-side encryption algorithm should the bucket declare (aws:kms needs key permissions for every reader)?',
          option: 'algorithm',
          placeholder: 'aws:kms',
          edits: (e, value) => {
            if (!['aws:kms', 'aws:kms:dsse', 'AES256'].includes(value)) return null;
            const rule: Record<string, unknown> = { ServerSideEncryptionByDefault: { SSEAlgorithm: value } };
            if (value !== 'AES256') rule['BucketKeyEnabled'] = true;
            return setProperty(e, doc, res, [], 'BucketEncryption', {
              ServerSideEncryptionConfiguration: [rule],
            });
          },
        },
      });
    }
  },
});
