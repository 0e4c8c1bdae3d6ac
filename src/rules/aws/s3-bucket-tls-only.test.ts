import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-tls-only.js';

const bucket = 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        name: 'deny via data source',
        code: `${bucket}data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.b.arn, "\${aws_s3_bucket.b.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = data.aws_iam_policy_document.tls.json
}
`,
      },
      {
        name: 'policy not decidable',
        code: `${bucket}resource "aws_s3_bucket_policy" "b" {\n  bucket = aws_s3_bucket.b.id\n  policy = file("policy.json")\n}\n`,
      },
    ],
    invalid: [
      { name: 'no policy', code: bucket, errors: [{ line: 1, message: /no bucket policy/ }] },
      {
        name: 'policy without the deny',
        code: `${bucket}resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::1:root" }, Action = "s3:GetObject", Resource = "*" }] })
}
`,
        errors: [{ line: 6, message: /does not deny/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
