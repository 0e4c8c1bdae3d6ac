import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-user-inline-policy.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_iam_group_policy_attachment" "g" {\n  group      = "devs"\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_iam_user_policy" "p" {\n  user   = "alice"\n  policy = "{}"\n}\n',
        errors: [{ line: 1 }],
      },
    ],
  },
  { path: 'main.tf' },
);
