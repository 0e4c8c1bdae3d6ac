import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-password-reuse.js';

const policy = (n: string) =>
  `resource "aws_iam_account_password_policy" "p" {\n  minimum_password_length   = 14\n  password_reuse_prevention = ${n}\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: policy('24') }],
    invalid: [{ code: policy('3'), errors: [{ line: 3 }], output: policy('24') }],
  },
  { path: 'main.tf' },
);
