import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sg-open-all-ports.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_security_group" "s" {\n  ingress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["10.0.0.0/8"]\n  }\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_security_group" "s" {\n  ingress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
        options: { cidr: '10.0.0.0/8' },
        errors: [{ line: 6, message: /all traffic/ }],
        output:
          'resource "aws_security_group" "s" {\n  ingress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["10.0.0.0/8"]\n  }\n}\n',
      },
      {
        name: 'vpc rule with ip_protocol -1',
        code: 'resource "aws_vpc_security_group_ingress_rule" "all" {\n  security_group_id = "sg-1"\n  cidr_ipv6         = "::/0"\n  ip_protocol       = "-1"\n}\n',
        errors: [{ line: 3 }],
      },
      {
        name: 'tcp 0-65535',
        code: 'resource "aws_security_group_rule" "r" {\n  type        = "ingress"\n  from_port   = 0\n  to_port     = 65535\n  protocol    = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n',
        errors: [{ line: 6 }],
      },
    ],
  },
  { path: 'main.tf' },
);
