import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './eks-secrets-encryption.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_eks_cluster" "k" {\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_eks_cluster" "k" {\n  name = "k"\n}\n',
        options: { keyArn: 'aws_kms_key.eks.arn' },
        errors: [{ line: 1 }],
        output:
          'resource "aws_eks_cluster" "k" {\n  name = "k"\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
