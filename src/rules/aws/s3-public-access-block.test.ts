import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-public-access-block.js';

const pab = (ref: string) => `resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = ${ref}
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        name: 'linked by id',
        code: `resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n${pab('aws_s3_bucket.logs.id')}`,
      },
      {
        name: 'linked by .bucket',
        code: `resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n${pab('aws_s3_bucket.logs.bucket')}`,
      },
      {
        name: 'linked by literal name',
        code: `resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n${pab('"acme-logs"')}`,
      },
      {
        name: 'account-level block',
        code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\nresource "aws_s3_account_public_access_block" "a" {\n  block_public_acls = true\n}\n',
      },
      {
        name: 'count-indexed buckets',
        code: `resource "aws_s3_bucket" "logs" {\n  count  = 2\n  bucket = "acme-\${count.index}"\n}\n${pab('aws_s3_bucket.logs[count.index].id').replace('"logs" {', '"logs" {\n  count = 2')}`,
      },
    ],
    invalid: [
      {
        code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\noutput "x" {\n  value = 1\n}\n',
        errors: [{ line: 1, message: /no aws_s3_bucket_public_access_block/ }],
        output: `resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\n${pab('aws_s3_bucket.logs.id')}\noutput "x" {\n  value = 1\n}\n`,
      },
      {
        name: 'block for another bucket',
        code: `resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n${pab('aws_s3_bucket.other.id')}`,
        errors: [{ line: 1 }],
      },
      {
        name: 'bucket in a module called twice',
        code: 'module "logs" {\n  source   = "./modules/bucket"\n  for_each = toset(["a", "b"])\n  name     = each.key\n}\n',
        files: {
          '/sample/modules/bucket/main.tf':
            'variable "name" {}\nresource "aws_s3_bucket" "this" {\n  bucket = var.name\n}\n',
        },
        errors: [
          { line: 2, message: /module\.logs\["a"\]\.aws_s3_bucket\.this/ },
          { line: 2, message: /module\.logs\["b"\]/ },
        ],
      },
    ],
  },
  { path: 'main.tf' },
);
