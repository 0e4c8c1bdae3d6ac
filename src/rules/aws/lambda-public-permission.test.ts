import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './lambda-public-permission.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_lambda_permission" "p" {\n  action        = "lambda:InvokeFunction"\n  function_name = "f"\n  principal     = "s3.amazonaws.com"\n  source_arn    = aws_s3_bucket.b.arn\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_lambda_permission" "p" {\n  action        = "lambda:InvokeFunction"\n  function_name = "f"\n  principal     = "*"\n}\n',
        errors: [{ line: 4 }],
      },
    ],
  },
  { path: 'main.tf' },
);
