import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/sqs-encryption',
  severity: 'medium',
  title: 'SQS queue encryption is turned off',
  why: 'Messages often carry personal data or tokens. With server-side encryption turned off and no KMS key, messages sit unencrypted in the queue.',
  fix: 'Remove `sqs_managed_sse_enabled = false` (or set it to true), or set `kms_master_key_id`.',
  verify:
    'Run `aws sqs get-queue-attributes --queue-url <url> --attribute-names SqsManagedSseEnabled KmsMasterKeyId` and check one of them is set.',
  references: [
    'CWE-311',
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
  ],
  types: ['aws_sqs_queue'],
  attr: 'sqs_managed_sse_enabled',
  applies: (res) => res.values['kms_master_key_id'] === undefined || res.values['kms_master_key_id'] === null,
  ok: (v) => !(v === false || v === 'false'),
  message: (res) => `${res.address} turns server-side encryption off`,
  fixValue: 'true',
});
