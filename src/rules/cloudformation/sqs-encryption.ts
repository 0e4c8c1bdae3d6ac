import { bool, propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/sqs-encryption',
  severity: 'medium',
  title: 'SQS queue encryption is turned off',
  why: 'Messages often carry personal data or tokens. New queues are encrypted with SQS-managed keys by default, but `SqsManagedSseEnabled: false` without a `KmsMasterKeyId` turns that off and the messages sit unencrypted in the queue.',
  fix: 'Remove `SqsManagedSseEnabled: false` (or set it to true), or set `KmsMasterKeyId` to use a KMS key.',
  verify:
    'Run `aws sqs get-queue-attributes --queue-url <url> --attribute-names SqsManagedSseEnabled KmsMasterKeyId` and check one of them is set.',
  references: [
    'CWE-311',
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
  ],
  types: ['AWS::SQS::Queue'],
  path: ['SqsManagedSseEnabled'],
  applies: (res) => res.properties['KmsMasterKeyId'] === undefined,
  ok: (v) => (v === undefined || v === null ? true : bool(v) === undefined ? undefined : bool(v)),
  message: (res) =>
    `${res.logicalId} turns server-side encryption off (SqsManagedSseEnabled: false, no KMS key)`,
  fixValue: true,
});
