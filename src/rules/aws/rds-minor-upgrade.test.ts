import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rds-minor-upgrade.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_db_instance" "db" {\n  auto_minor_version_upgrade = false\n}\n',
        errors: [{ line: 2 }],
        output: 'resource "aws_db_instance" "db" {\n  auto_minor_version_upgrade = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
