import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-policy-admin.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "*" }] })\n}\n',
      },
      {
        name: 'deny all is fine',
        code: 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Statement = [{ Effect = "Deny", Action = "*", Resource = "*" }] })\n}\n',
      },
    ],
    invalid: [
      {
        name: 'jsonencode',
        code: 'resource "aws_iam_policy" "p" {\n  name   = "admin"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })\n}\n',
        errors: [{ line: 3 }],
      },
      {
        name: 'data source document',
        code: `data "aws_iam_policy_document" "all" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}
resource "aws_iam_role_policy" "p" {
  role   = aws_iam_role.r.id
  policy = data.aws_iam_policy_document.all.json
}
`,
        errors: [{ line: 9 }],
      },
      {
        name: 'role inline_policy with a template',
        code: 'locals {\n  action = "*"\n}\nresource "aws_iam_role" "r" {\n  inline_policy {\n    name   = "x"\n    policy = "{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"${local.action}\\",\\"Resource\\":\\"*\\"}]}"\n  }\n}\n',
        errors: [{ line: 7 }],
      },
    ],
  },
  { path: 'main.tf' },
);
