import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './efs-encryption.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_efs_file_system" "fs" {}\n',
        errors: [{ line: 1 }],
        output: 'resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
