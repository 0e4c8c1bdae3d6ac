import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './opensearch-node-to-node.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_opensearch_domain" "d" {\n  node_to_node_encryption {\n    enabled = true\n  }\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_opensearch_domain" "d" {\n  domain_name = "logs"\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_opensearch_domain" "d" {\n  domain_name = "logs"\n  node_to_node_encryption {\n    enabled = true\n  }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
