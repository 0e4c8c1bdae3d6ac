import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/sns-encryption',
  kind: 'terraform',
  severity: 'low',
  title: 'SNS topic is not encrypted at rest',
  why: 'Without a KMS key, messages published to the topic are stored unencrypted while they are delivered. Topics often carry alerts, order data or tokens.',
  fix: 'Set `kms_master_key_id` to a KMS key. Use a customer-managed key if AWS services (S3 events, CloudWatch alarms) publish to the topic: they cannot use the `alias/aws/sns` key.',
  verify: 'Run `aws sns get-topic-attributes --topic-arn <arn>` and check KmsMasterKeyId is set.',
  references: ['CWE-311', 'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
  fixable: 'suggestion',
  options: { kmsKeyId: { description: 'KMS key id, alias or reference for the topic.' } },
  check(doc, ctx) {
    for (const res of doc.ofType('aws_sns_topic')) {
      const v = res.values['kms_master_key_id'];
      if (isUnknown(v) || (typeof v === 'string' && v !== '')) continue;
      reportResource(doc, ctx, {
        res,
        key: 'kms_master_key_id',
        message: `${res.address} is not encrypted with a KMS key`,
        suggest: {
          question: 'Which KMS key should encrypt the topic (alias, ARN or Terraform reference)?',
          option: 'kmsKeyId',
          placeholder: 'alias/aws/sns',
          edits: (target, value) =>
            setAttribute(
              target,
              'kms_master_key_id',
              /^(alias\/|arn:)/.test(value) ? hclString(value) : value,
            ),
        },
      });
    }
  },
});
