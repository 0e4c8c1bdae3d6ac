import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './lambda-env-secrets.js';

const fn = (vars: string) =>
  `resource "aws_lambda_function" "f" {\n  function_name = "api"\n  environment {\n    variables = {\n${vars}    }\n  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: fn('      SECRET_ARN = aws_secretsmanager_secret.db.arn\n      LOG_LEVEL  = "info"\n') },
      { name: 'secret from a variable', code: `variable "t" {}\n${fn('      API_TOKEN = var.t\n')}` },
    ],
    invalid: [
      {
        code: fn('      LOG_LEVEL   = "info"\n      DB_PASSWORD = "s3cr3t-value"\n'),
        errors: [{ line: 6, message: /DB_PASSWORD/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
