import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './lambda-function-url-auth.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_lambda_function_url" "u" {\n  authorization_type = "AWS_IAM"\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_lambda_function_url" "u" {\n  function_name      = "api"\n  authorization_type = "NONE"\n}\n',
        errors: [{ line: 3 }],
      },
    ],
  },
  { path: 'main.tf' },
);
