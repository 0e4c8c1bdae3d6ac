import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ebs-volume-encryption.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_ebs_volume" "v" {\n  availability_zone = "eu-west-1a"\n  encrypted         = true\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_ebs_volume" "v" {\n  availability_zone = "eu-west-1a"\n  size              = 40\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_ebs_volume" "v" {\n  availability_zone = "eu-west-1a"\n  size              = 40\n  encrypted         = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
