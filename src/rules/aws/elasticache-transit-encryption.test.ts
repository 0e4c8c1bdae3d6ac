import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './elasticache-transit-encryption.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_elasticache_replication_group" "r" {\n  transit_encryption_enabled = true\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_elasticache_replication_group" "r" {\n  transit_encryption_enabled = false\n}\n',
        errors: [{ line: 2 }],
        output:
          'resource "aws_elasticache_replication_group" "r" {\n  transit_encryption_enabled = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
