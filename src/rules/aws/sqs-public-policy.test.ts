import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sqs-public-policy.js';

const policy = (cond: string) =>
  `resource "aws_sqs_queue_policy" "q" {\n  queue_url = aws_sqs_queue.q.id\n  policy = jsonencode({\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = aws_sqs_queue.q.arn${cond} }]\n  })\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        name: 'restricted by source ARN',
        code: policy(', Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.t.arn } }'),
      },
    ],
    invalid: [{ code: policy(''), errors: [{ line: 3, message: /sqs:SendMessage/ }] }],
  },
  { path: 'main.tf' },
);
