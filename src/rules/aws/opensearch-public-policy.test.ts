import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './opensearch-public-policy.js';

const domain = (vpc: string) =>
  `resource "aws_opensearch_domain" "d" {\n  domain_name     = "logs"\n  access_policies = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "es:*", Resource = "*" }] })\n${vpc}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        name: 'IP-restricted',
        code: 'resource "aws_opensearch_domain" "d" {\n  access_policies = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "es:*", Resource = "*", Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } } }] })\n}\n',
      },
    ],
    invalid: [
      { code: domain(''), errors: [{ line: 3, severity: 'critical' }] },
      {
        name: 'in a VPC: medium',
        code: domain('  vpc_options {\n    subnet_ids = ["subnet-1"]\n  }\n'),
        errors: [{ line: 3, severity: 'medium' }],
      },
    ],
  },
  { path: 'main.tf' },
);
