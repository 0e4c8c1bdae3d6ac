import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './dynamodb-pitr.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_dynamodb_table" "t" {\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_dynamodb_table" "t" {\n  hash_key = "id"\n  \n  attribute {\n    name = "id"\n    type = "S"\n  }\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_dynamodb_table" "t" {\n  hash_key = "id"\n  point_in_time_recovery {\n    enabled = true\n  }\n  \n  attribute {\n    name = "id"\n    type = "S"\n  }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
