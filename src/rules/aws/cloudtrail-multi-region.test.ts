import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './cloudtrail-multi-region.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: 'resource "aws_cloudtrail" "t" {\n  is_multi_region_trail = true\n}\n' }],
    invalid: [
      {
        code: 'resource "aws_cloudtrail" "t" {\n  name           = "main"\n  s3_bucket_name = "trail-logs"\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_cloudtrail" "t" {\n  name           = "main"\n  s3_bucket_name = "trail-logs"\n  is_multi_region_trail = true\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
