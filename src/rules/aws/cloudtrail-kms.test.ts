import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './cloudtrail-kms.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_cloudtrail" "t" {\n  kms_key_id = aws_kms_key.trail.arn\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_cloudtrail" "t" {\n  name = "main"\n}\n',
        options: { kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/abc' },
        errors: [{ line: 1 }],
        output:
          'resource "aws_cloudtrail" "t" {\n  name = "main"\n  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/abc"\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
