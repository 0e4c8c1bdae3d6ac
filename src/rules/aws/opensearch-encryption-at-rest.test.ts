import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './opensearch-encryption-at-rest.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: 'resource "aws_opensearch_domain" "d" {\n  encrypt_at_rest {\n    enabled = true\n  }\n}\n' },
    ],
    invalid: [
      {
        code: 'resource "aws_elasticsearch_domain" "d" {\n  encrypt_at_rest {\n    enabled = false\n  }\n}\n',
        errors: [{ line: 3 }],
        output:
          'resource "aws_elasticsearch_domain" "d" {\n  encrypt_at_rest {\n    enabled = true\n  }\n}\n',
      },
      {
        code: 'resource "aws_opensearch_domain" "d" {\n  domain_name = "logs"\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_opensearch_domain" "d" {\n  domain_name = "logs"\n  encrypt_at_rest {\n    enabled = true\n  }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
