import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './elb-drop-invalid-headers.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: 'resource "aws_lb" "a" {\n  drop_invalid_header_fields = true\n}\n' },
      { code: 'resource "aws_lb" "n" {\n  load_balancer_type = "network"\n}\n' },
    ],
    invalid: [
      {
        code: 'resource "aws_lb" "a" {\n  internal = false\n}\n',
        errors: [{ line: 1 }],
        output: 'resource "aws_lb" "a" {\n  internal = false\n  drop_invalid_header_fields = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
