import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rds-storage-encryption.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_db_instance" "db" {\n  engine            = "postgres"\n  storage_encrypted = true\n}\n',
      },
      {
        name: 'unknown variable is not judged',
        code: 'variable "enc" {}\nresource "aws_rds_cluster" "c" {\n  storage_encrypted = var.enc\n}\n',
      },
      {
        name: 'variable default true',
        code: 'variable "enc" {\n  default = true\n}\nresource "aws_db_instance" "db" {\n  storage_encrypted = var.enc\n}\n',
      },
      { name: 'serverless v1', code: 'resource "aws_rds_cluster" "c" {\n  engine_mode = "serverless"\n}\n' },
    ],
    invalid: [
      {
        name: 'missing: attribute inserted, aligned',
        code: 'resource "aws_db_instance" "db" {\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n\n  tags = {\n    a = 1\n  }\n}\n',
        errors: [{ line: 1, message: /does not set storage_encrypted/ }],
        output:
          'resource "aws_db_instance" "db" {\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n\n  tags = {\n    a = 1\n  }\n  storage_encrypted = true\n}\n',
      },
      {
        name: 'explicit false is replaced, comment kept',
        code: 'resource "aws_rds_cluster" "c" {\n  engine            = "aurora-postgresql"\n  storage_encrypted = false # TODO\n}\n',
        errors: [{ line: 3, message: /= false/ }],
        output:
          'resource "aws_rds_cluster" "c" {\n  engine            = "aurora-postgresql"\n  storage_encrypted = true # TODO\n}\n',
      },
      {
        name: 'false through a variable: reported, not auto-fixed',
        code: 'variable "enc" {\n  default = false\n}\nresource "aws_db_instance" "db" {\n  storage_encrypted = var.enc\n}\n',
        errors: [{ line: 5 }],
      },
      {
        name: 'count instances',
        code: 'resource "aws_db_instance" "db" {\n  count = 2\n  engine = "mysql"\n}\n',
        errors: [{ line: 1 }, { line: 1 }],
      },
      {
        name: "inside a local module, decided by the caller's input",
        code: 'module "db" {\n  source    = "./modules/db"\n  encrypted = false\n}\n',
        files: {
          '/sample/modules/db/main.tf':
            'variable "encrypted" {\n  default = true\n}\n\nresource "aws_db_instance" "this" {\n  storage_encrypted = var.encrypted\n}\n',
        },
        errors: [{ line: 6, message: /module\.db\.aws_db_instance\.this sets storage_encrypted = false/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
