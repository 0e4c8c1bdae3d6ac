import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './apigateway-access-logging.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_api_gateway_stage" "s" {\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.api.arn\n    format          = "$context.requestId"\n  }\n}\n',
      },
    ],
    invalid: [
      { code: 'resource "aws_apigatewayv2_stage" "s" {\n  name = "prod"\n}\n', errors: [{ line: 1 }] },
    ],
  },
  { path: 'main.tf' },
);
