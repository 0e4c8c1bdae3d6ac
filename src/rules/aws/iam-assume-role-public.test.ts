import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-assume-role-public.js';

const role = (principal: string, extra = '') =>
  `resource "aws_iam_role" "r" {\n  name = "r"\n  assume_role_policy = jsonencode({\n    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = ${principal}${extra} }]\n  })\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: role('{ Service = "ec2.amazonaws.com" }') },
      {
        name: 'with org condition',
        code: role('{ AWS = "*" }', ', Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-123" } }'),
      },
    ],
    invalid: [{ code: role('{ AWS = "*" }'), errors: [{ line: 3 }] }],
  },
  { path: 'main.tf' },
);
