import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './elb-outdated-tls-policy.js';

const listener = (policy: string) =>
  `resource "aws_lb_listener" "https" {\n  port            = 443\n  protocol        = "HTTPS"\n  ssl_policy      = "${policy}"\n  certificate_arn = aws_acm_certificate.c.arn\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: listener('ELBSecurityPolicy-TLS13-1-2-2021-06') }],
    invalid: [
      {
        code: listener('ELBSecurityPolicy-2016-08'),
        options: { policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' },
        errors: [{ line: 4 }],
        output: listener('ELBSecurityPolicy-TLS13-1-2-2021-06'),
      },
      {
        name: 'provider default',
        code: 'resource "aws_lb_listener" "tls" {\n  port     = 443\n  protocol = "TLS"\n}\n',
        errors: [{ line: 1, message: /default/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
