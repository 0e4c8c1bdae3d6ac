import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/cloudtrail-kms',
  kind: 'terraform',
  severity: 'medium',
  title: 'CloudTrail logs are not encrypted with a KMS key',
  why: 'Without a customer-managed KMS key, anyone with read access to the log bucket can read the trail. With SSE-KMS, reading logs also needs decrypt permission on the key, a second, separately audited gate around a record of everything done in the account.',
  fix: 'Set `kms_key_id` on the trail to a customer-managed KMS key whose policy lets CloudTrail encrypt and your auditors decrypt.',
  verify: 'Run `aws cloudtrail describe-trails --query "trailList[].KmsKeyId"` and check it names your key.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 3.5', 'CWE-311'],
  fixable: 'suggestion',
  options: { kmsKeyId: { description: 'KMS key ARN (or a Terraform reference) the trail should use.' } },
  check(doc, ctx) {
    for (const res of doc.ofType('aws_cloudtrail')) {
      const v = res.values['kms_key_id'];
      if (isUnknown(v) || (typeof v === 'string' && v !== '')) continue;
      reportResource(doc, ctx, {
        res,
        key: 'kms_key_id',
        message: `${res.address} does not encrypt its logs with a KMS key`,
        suggest: {
          question:
            'Which KMS key should encrypt the trail (ARN, or a reference like aws_kms_key.trail.arn)?',
          option: 'kmsKeyId',
          placeholder: 'aws_kms_key.cloudtrail.arn',
          edits: (target, value) =>
            setAttribute(target, 'kms_key_id', value.startsWith('arn:') ? hclString(value) : value),
        },
      });
    }
  },
});
