import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sqs-encryption.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: 'resource "aws_sqs_queue" "q" {\n  name = "jobs"\n}\n' },
      {
        code: 'resource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = false\n  kms_master_key_id       = "alias/sqs"\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = false\n}\n',
        errors: [{ line: 2 }],
        output: 'resource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
