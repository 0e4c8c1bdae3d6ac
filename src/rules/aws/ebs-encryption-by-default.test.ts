import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ebs-encryption-by-default.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_ebs_encryption_by_default" "this" {}\n' }],
    invalid: [
      {
        code: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = false\n}\n',
        errors: [{ line: 2 }],
        output: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
