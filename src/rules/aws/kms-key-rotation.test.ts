import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './kms-key-rotation.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n' },
      {
        name: 'asymmetric keys cannot rotate',
        code: 'resource "aws_kms_key" "k" {\n  customer_master_key_spec = "RSA_2048"\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_kms_key" "k" {\n  description = "data"\n}\n',
        errors: [{ line: 1 }],
        output: 'resource "aws_kms_key" "k" {\n  description = "data"\n  enable_key_rotation = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
