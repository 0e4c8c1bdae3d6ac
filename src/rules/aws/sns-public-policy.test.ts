import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sns-public-policy.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_sns_topic" "t" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "SNS:Publish", Resource = "*" }] })\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_sns_topic" "t" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = ["SNS:Publish", "SNS:Subscribe"], Resource = "*" }] })\n}\n',
        errors: [{ line: 2, message: /SNS:Publish, SNS:Subscribe/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
