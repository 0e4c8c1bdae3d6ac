import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './elb-http-listener.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: `resource "aws_lb_listener" "http" {
  port     = 80
  protocol = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        code: 'resource "aws_lb_listener" "http" {\n  port     = 80\n  protocol = "HTTP"\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.app.arn\n  }\n}\n',
        errors: [{ line: 3 }],
      },
    ],
  },
  { path: 'main.tf' },
);
