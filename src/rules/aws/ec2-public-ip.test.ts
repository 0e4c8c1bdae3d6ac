import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ec2-public-ip.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_instance" "web" {\n  associate_public_ip_address = false\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_instance" "web" {\n  associate_public_ip_address = true\n}\n',
        errors: [{ line: 2 }],
      },
    ],
  },
  { path: 'main.tf' },
);
