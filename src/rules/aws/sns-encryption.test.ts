import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sns-encryption.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_sns_topic" "t" {\n  kms_master_key_id = aws_kms_key.sns.id\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_sns_topic" "t" {\n  name = "alerts"\n}\n',
        options: { kmsKeyId: 'alias/aws/sns' },
        errors: [{ line: 1 }],
        output:
          'resource "aws_sns_topic" "t" {\n  name = "alerts"\n  kms_master_key_id = "alias/aws/sns"\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
