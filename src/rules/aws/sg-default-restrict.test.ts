import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sg-default-restrict.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_default_security_group" "d" {\n  vpc_id = aws_vpc.main.id\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_default_security_group" "d" {\n  vpc_id = aws_vpc.main.id\n  ingress {\n    protocol  = -1\n    self      = true\n    from_port = 0\n    to_port   = 0\n  }\n}\n',
        errors: [{ line: 3 }],
      },
    ],
  },
  { path: 'main.tf' },
);
