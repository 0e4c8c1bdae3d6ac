import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-versioning.js';

const bucket = 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n';
const versioning = (status: string) =>
  `resource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = "${status}"\n  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'v4 split resource', code: bucket + versioning('Enabled') },
      {
        name: 'legacy inline',
        code: 'resource "aws_s3_bucket" "b" {\n  versioning {\n    enabled = true\n  }\n}\n',
      },
    ],
    invalid: [
      {
        name: 'suspended',
        code: bucket + versioning('Suspended'),
        errors: [{ line: 7 }],
        output: bucket + versioning('Enabled'),
      },
      {
        name: 'legacy inline disabled',
        code: 'resource "aws_s3_bucket" "b" {\n  versioning {\n    enabled = false\n  }\n}\n',
        errors: [{ line: 3 }],
        output: 'resource "aws_s3_bucket" "b" {\n  versioning {\n    enabled = true\n  }\n}\n',
      },
      { name: 'missing', code: bucket, errors: [{ line: 1 }], output: `${bucket}\n${versioning('Enabled')}` },
    ],
  },
  { path: 'main.tf' },
);
