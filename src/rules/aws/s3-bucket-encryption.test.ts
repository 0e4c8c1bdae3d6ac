import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-encryption.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        name: 'v4 split resource',
        code: `resource "aws_s3_bucket" "b" {
  bucket = "data"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
`,
      },
      {
        name: 'legacy inline block',
        code: `resource "aws_s3_bucket" "b" {
  bucket = "data"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        code: 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n',
        errors: [{ line: 1 }],
        output: `resource "aws_s3_bucket" "b" {
  bucket = "data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = true
  }
}
`,
      },
    ],
  },
  { path: 'main.tf' },
);
