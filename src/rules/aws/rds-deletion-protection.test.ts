import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rds-deletion-protection.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_rds_cluster" "c" {\n  deletion_protection = true\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_rds_cluster" "c" {\n  engine = "aurora-mysql"\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_rds_cluster" "c" {\n  engine = "aurora-mysql"\n  deletion_protection = true\n}\n',
      },
      {
        code: 'resource "aws_db_instance" "db" {\n  deletion_protection = false\n}\n',
        errors: [{ line: 2, message: /= false/ }],
        output: 'resource "aws_db_instance" "db" {\n  deletion_protection = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
