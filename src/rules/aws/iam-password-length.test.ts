import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-password-length.js';

const policy = (len: string) =>
  `resource "aws_iam_account_password_policy" "p" {\n  minimum_password_length   = ${len}\n  password_reuse_prevention = 24\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: policy('16') }],
    invalid: [
      { code: policy('8'), errors: [{ line: 2, message: /= 8/ }], output: policy('14') },
      {
        name: 'missing',
        code: 'resource "aws_iam_account_password_policy" "p" {\n  require_symbols = true\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_iam_account_password_policy" "p" {\n  require_symbols = true\n  minimum_password_length = 14\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
