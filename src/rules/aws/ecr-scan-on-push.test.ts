import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ecr-scan-on-push.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_ecr_repository" "r" {\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_ecr_repository" "r" {\n  name = "app"\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_ecr_repository" "r" {\n  name = "app"\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}\n',
      },
      {
        code: 'resource "aws_ecr_repository" "r" {\n  image_scanning_configuration {\n    scan_on_push = false\n  }\n}\n',
        errors: [{ line: 3 }],
        output:
          'resource "aws_ecr_repository" "r" {\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
