import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './hardcoded-db-password.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: 'resource "aws_db_instance" "db" {\n  manage_master_user_password = true\n}\n' },
      {
        name: 'sensitive variable without default',
        code: 'variable "db_password" {\n  sensitive = true\n}\nresource "aws_db_instance" "db" {\n  password = var.db_password\n}\n',
      },
      {
        name: 'plain SSM parameter',
        code: 'resource "aws_ssm_parameter" "p" {\n  type  = "String"\n  value = "eu-west-1"\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_db_instance" "db" {\n  username = "admin"\n  password = "Sup3rS3cret!"\n}\n',
        errors: [{ line: 3 }],
      },
      {
        name: 'variable default',
        code: 'variable "db_password" {\n  default = "hunter2hunter2"\n}\nresource "aws_rds_cluster" "c" {\n  master_password = var.db_password\n}\n',
        errors: [{ line: 2, message: /variable "db_password"/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
