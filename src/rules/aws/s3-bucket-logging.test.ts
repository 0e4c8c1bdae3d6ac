import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-logging.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        name: 'logged to a log bucket, which itself is exempt',
        code: `resource "aws_s3_bucket" "data" {
  bucket = "data"
}
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}
`,
      },
    ],
    invalid: [{ code: 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n', errors: [{ line: 1 }] }],
  },
  { path: 'main.tf' },
);
