import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './eks-public-endpoint.js';

const cluster = (vpc: string) =>
  `resource "aws_eks_cluster" "k" {\n  name = "k"\n  vpc_config {\n    subnet_ids = ["subnet-1"]\n${vpc}  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: cluster('    endpoint_public_access = false\n') },
      { code: cluster('    public_access_cidrs = ["203.0.113.0/24"]\n') },
    ],
    invalid: [
      {
        name: 'defaults: public, 0.0.0.0/0',
        code: cluster(''),
        options: { cidr: '203.0.113.0/24' },
        errors: [{ line: 3 }],
        output: cluster('    public_access_cidrs = ["203.0.113.0/24"]\n'),
      },
      { code: cluster('    public_access_cidrs = ["0.0.0.0/0"]\n'), errors: [{ line: 5 }] },
    ],
  },
  { path: 'main.tf' },
);
