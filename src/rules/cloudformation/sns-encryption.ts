import { defineRule } from '../../core/rule.js';
import { setProperty } from './lib/edit.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/sns-encryption',
  kind: 'cloudformation',
  severity: 'low',
  title: 'SNS topic is not encrypted at rest',
  why: 'SNS does not encrypt stored messages unless the topic has a KMS key. Messages with personal data or tokens then sit unencrypted while SNS retries delivery.',
  fix: 'Set `KmsMasterKeyId` on the topic (`alias/aws/sns` for the AWS managed key, or a customer managed key whose policy lets the publishers use it).',
  verify:
    'Run `aws sns get-topic-attributes --topic-arn <arn> --query Attributes.KmsMasterKeyId` and check a key is set.',
  references: ['CWE-311', 'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
  fixable: 'suggestion',
  options: { keyId: { description: 'KMS key id, ARN or alias for the topic.' } },
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::SNS::Topic')) {
      const v = res.properties['KmsMasterKeyId'];
      if (v !== undefined && v !== null && v !== '') continue;
      reportProperty(doc, ctx, {
        res,
        path: ['KmsMasterKeyId'],
        message: `${res.logicalId} has no KmsMasterKeyId (messages stored unencrypted)`,
        suggest: {
          question:
            'Which KMS key should encrypt the topic (publishers such as CloudWatch alarms need access to it)?',
          option: 'keyId',
          placeholder: 'alias/aws/sns',
          edits: (e, value) =>
            /^[\w:/+=,.@-]+$/.test(value) ? setProperty(e, doc, res, [], 'KmsMasterKeyId', value) : null,
        },
      });
    }
  },
});
