import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rds-backup-retention.js';

const db = (v: string) =>
  `resource "aws_db_instance" "db" {\n  engine                  = "postgres"\n  backup_retention_period = ${v}\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: db('14') },
      { name: 'provider default', code: 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n' },
    ],
    invalid: [
      { code: db('0'), errors: [{ line: 3, message: /disables/, severity: 'medium' }], output: db('7') },
      { name: 'short', code: db('3'), errors: [{ line: 3, severity: 'low' }], output: db('7') },
    ],
  },
  { path: 'main.tf' },
);
