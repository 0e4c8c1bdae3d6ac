import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-public-acl.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n  acl    = "private"\n}\n' },
      {
        code: 'resource "aws_s3_bucket_acl" "b" {\n  bucket = aws_s3_bucket.b.id\n  acl    = "log-delivery-write"\n}\n',
      },
    ],
    invalid: [
      {
        name: 'legacy inline acl',
        code: 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n  acl    = "public-read"\n}\n',
        errors: [{ line: 3, message: /public-read/ }],
        output: 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n  acl    = "private"\n}\n',
      },
      {
        name: 'v4 split resource, critical for write',
        code: 'resource "aws_s3_bucket_acl" "b" {\n  bucket = aws_s3_bucket.b.id\n  acl    = "public-read-write"\n}\n',
        errors: [{ line: 3, severity: 'critical' }],
        output:
          'resource "aws_s3_bucket_acl" "b" {\n  bucket = aws_s3_bucket.b.id\n  acl    = "private"\n}\n',
      },
      {
        name: 'grant to AllUsers',
        code: `resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }
    owner {
      id = "abc"
    }
  }
}
`,
        errors: [{ line: 7, message: /READ to the AllUsers/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
