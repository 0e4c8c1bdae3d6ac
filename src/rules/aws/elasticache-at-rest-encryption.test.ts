import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './elasticache-at-rest-encryption.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_elasticache_replication_group" "r" {\n  at_rest_encryption_enabled = true\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_elasticache_replication_group" "r" {\n  description = "cache"\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_elasticache_replication_group" "r" {\n  description = "cache"\n  at_rest_encryption_enabled = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
