import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './opensearch-enforce-https.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_opensearch_domain" "d" {\n  domain_endpoint_options {\n    enforce_https = true\n  }\n}\n',
      },
      { code: 'resource "aws_opensearch_domain" "d" {\n  domain_name = "x"\n}\n' },
    ],
    invalid: [
      {
        code: 'resource "aws_opensearch_domain" "d" {\n  domain_endpoint_options {\n    enforce_https       = false\n    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n  }\n}\n',
        errors: [{ line: 3 }],
        output:
          'resource "aws_opensearch_domain" "d" {\n  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n  }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
