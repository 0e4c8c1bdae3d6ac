import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sg-open-database-port.js';

const sgRule = (port: number, cidr: string) =>
  `resource "aws_security_group_rule" "db" {\n  type        = "ingress"\n  from_port   = ${port}\n  to_port     = ${port}\n  protocol    = "tcp"\n  cidr_blocks = ["${cidr}"]\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: sgRule(5432, '10.0.0.0/16') }, { code: sgRule(443, '0.0.0.0/0') }],
    invalid: [
      {
        code: sgRule(5432, '0.0.0.0/0'),
        options: { cidr: '10.0.0.0/16' },
        errors: [{ line: 6, message: /PostgreSQL/ }],
        output: sgRule(5432, '10.0.0.0/16'),
      },
      { name: 'redis', code: sgRule(6379, '::/0'), errors: [{ line: 6, message: /Redis/ }] },
    ],
  },
  { path: 'main.tf' },
);
