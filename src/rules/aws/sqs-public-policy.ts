import { publicPolicyRule } from './lib/public-policy-rule.js';

export default publicPolicyRule(
  {
    id: 'aws/sqs-public-policy',
    severity: 'critical',
    title: 'SQS queue policy allows anyone',
    why: 'A queue policy allowing `"Principal": "*"` without conditions lets any AWS account send fake messages into your pipeline, or read and delete the real ones.',
    fix: 'Name the accounts, roles or services that need the queue in `Principal`, or add a Condition such as `aws:SourceArn` for the SNS topic or S3 bucket that publishes to it.',
    verify:
      'Run `aws sqs get-queue-attributes --queue-url <url> --attribute-names Policy` and check no Allow statement has a "*" principal without a Condition.',
    references: [
      'CWE-732',
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
    ],
  },
  [
    ['aws_sqs_queue', 'policy'],
    ['aws_sqs_queue_policy', 'policy'],
  ],
  'queue',
);
