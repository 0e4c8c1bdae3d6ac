import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-user-admin-attached.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        name: 'admin on a role is a different matter',
        code: 'resource "aws_iam_role_policy_attachment" "a" {\n  role       = aws_iam_role.admin.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n',
      },
      {
        code: 'resource "aws_iam_user_policy_attachment" "a" {\n  user       = aws_iam_user.u.name\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_iam_user_policy_attachment" "a" {\n  user       = aws_iam_user.u.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n',
        errors: [{ line: 3 }],
      },
      {
        name: 'customer policy with "*"',
        code: `resource "aws_iam_policy" "all" {
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}
resource "aws_iam_policy_attachment" "a" {
  name       = "all"
  users      = ["alice"]
  policy_arn = aws_iam_policy.all.arn
}
`,
        errors: [{ line: 7 }],
      },
    ],
  },
  { path: 'main.tf' },
);
