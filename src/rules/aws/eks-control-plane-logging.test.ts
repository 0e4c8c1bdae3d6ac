import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './eks-control-plane-logging.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_eks_cluster" "k" {\n  enabled_cluster_log_types = ["api", "audit", "authenticator"]\n}\n',
      },
    ],
    invalid: [
      {
        code: 'resource "aws_eks_cluster" "k" {\n  name = "k"\n}\n',
        errors: [{ line: 1 }],
        output:
          'resource "aws_eks_cluster" "k" {\n  name = "k"\n  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]\n}\n',
      },
      {
        name: 'partial',
        code: 'resource "aws_eks_cluster" "k" {\n  enabled_cluster_log_types = ["api"]\n}\n',
        errors: [{ line: 2, message: /audit, authenticator/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
