import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rds-public-access.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n' },
      { code: 'resource "aws_db_instance" "db" {\n  publicly_accessible = false\n}\n' },
    ],
    invalid: [
      {
        code: 'resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  publicly_accessible = true\n}\n',
        errors: [{ line: 3, message: /publicly_accessible = true/ }],
        output:
          'resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  publicly_accessible = false\n}\n',
      },
      {
        name: 'cluster instance via locals',
        code: 'locals {\n  public = true\n}\nresource "aws_rds_cluster_instance" "i" {\n  publicly_accessible = local.public\n}\n',
        errors: [{ line: 5 }],
      },
    ],
  },
  { path: 'main.tf' },
);
