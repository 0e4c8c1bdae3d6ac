import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rds-iam-auth.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_db_instance" "db" {\n  engine                              = "mysql"\n  iam_database_authentication_enabled = true\n}\n',
      },
      {
        name: 'engine without IAM auth support',
        code: 'resource "aws_db_instance" "db" {\n  engine = "sqlserver-ex"\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_db_instance" "db" {\n  engine = "postgres"\n  iam_database_authentication_enabled = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
