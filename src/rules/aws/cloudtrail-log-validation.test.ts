import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './cloudtrail-log-validation.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_cloudtrail" "t" {\n  enable_log_file_validation = true\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_cloudtrail" "t" {\n  enable_log_file_validation = false\n}\n',
        errors: [{ line: 2 }],
        output: 'resource "aws_cloudtrail" "t" {\n  enable_log_file_validation = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
