import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-block-public-acls.js';

const all = (v: string) =>
  `resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = ${v}
  block_public_policy     = ${v}
  ignore_public_acls      = ${v}
  restrict_public_buckets = ${v}
}
`;
const line =
  ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].indexOf(
    'block_public_acls',
  ) + 3;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: all('true') }, { name: 'unknown variable', code: `variable "on" {}\n${all('var.on')}` }],
    invalid: [
      {
        code: all('false'),
        errors: [{ line, message: /= false/ }],
        output: all('false').replace(/(block_public_acls\s*=) false/, '$1 true'),
      },
      {
        name: 'missing setting on the account-level block',
        code: 'resource "aws_s3_account_public_access_block" "acct" {\n}\n',
        errors: [{ line: 1, message: /defaults to false/ }],
        output: 'resource "aws_s3_account_public_access_block" "acct" {\n  block_public_acls = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
