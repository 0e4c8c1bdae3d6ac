import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-public-policy.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        name: 'account principal',
        code: `resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "s3:GetObject", Resource = "\${aws_s3_bucket.b.arn}/*" }]
  })
}
`,
      },
      {
        name: 'public principal narrowed by a condition',
        code: `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-1a2b3c4d"]
    }
  }
}
resource "aws_s3_bucket_policy" "p" {
  bucket = "b"
  policy = data.aws_iam_policy_document.d.json
}
`,
      },
      {
        name: 'policy from a remote data source',
        code: 'resource "aws_s3_bucket_policy" "p" {\n  bucket = "b"\n  policy = data.http.policy.body\n}\n',
      },
    ],
    invalid: [
      {
        name: 'jsonencode with a partly unknown resource',
        code: `resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject", "s3:PutObject"]
      Resource  = "\${aws_s3_bucket.b.arn}/*"
    }]
  })
}
`,
        errors: [{ line: 3, message: /s3:GetObject, s3:PutObject/ }],
      },
      {
        name: 'heredoc on the legacy inline attribute',
        code: `resource "aws_s3_bucket" "b" {
  bucket = "b"
  policy = <<EOF
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}]}
EOF
}
`,
        errors: [{ line: 3, severity: 'critical' }],
      },
      {
        name: 'data source document, static website is low',
        code: `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::site/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
resource "aws_s3_bucket" "site" {
  bucket = "site"
  policy = data.aws_iam_policy_document.d.json
  website {
    index_document = "index.html"
  }
}
`,
        errors: [{ line: 13, severity: 'low' }],
      },
    ],
  },
  { path: 'main.tf' },
);
