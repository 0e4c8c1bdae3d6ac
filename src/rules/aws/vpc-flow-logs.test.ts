import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './vpc-flow-logs.js';

const vpc = 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: `${vpc}resource "aws_flow_log" "main" {\n  vpc_id          = aws_vpc.main.id\n  traffic_type    = "ALL"\n  log_destination = aws_s3_bucket.logs.arn\n}\n`,
      },
    ],
    invalid: [{ code: vpc, errors: [{ line: 1 }] }],
  },
  { path: 'main.tf' },
);
