import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './provider-hardcoded-credentials.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: 'provider "aws" {\n  region  = "eu-west-1"\n  profile = "prod"\n}\n' },
      { name: 'from a variable', code: 'variable "key" {}\nprovider "aws" {\n  access_key = var.key\n}\n' },
    ],
    invalid: [
      {
        code: 'provider "aws" {\n  region     = "eu-west-1"\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n}\n',
        errors: [{ line: 3 }, { line: 4 }],
      },
    ],
  },
  { path: 'main.tf' },
);
