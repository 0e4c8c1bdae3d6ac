import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ecr-mutable-tags.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_ecr_repository" "r" {\n  image_tag_mutability = "IMMUTABLE"\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_ecr_repository" "r" {\n  image_tag_mutability = "MUTABLE"\n}\n',
        errors: [{ line: 2 }],
        output: 'resource "aws_ecr_repository" "r" {\n  image_tag_mutability = "IMMUTABLE"\n}\n',
      },
      {
        code: 'resource "aws_ecr_repository" "r" {\n  name = "app"\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_ecr_repository" "r" {\n  name = "app"\n  image_tag_mutability = "IMMUTABLE"\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
