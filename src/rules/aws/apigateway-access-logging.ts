import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/apigateway-access-logging',
  severity: 'low',
  title: 'API Gateway stage has no access logs',
  why: 'Without access logs there is no record of who called the API, from where and with what result, which makes abuse invisible and incident investigation guesswork.',
  fix: 'Add `access_log_settings { destination_arn = <log group ARN>, format = ... }` to the stage.',
  verify: 'Call the API and check a line appears in the configured CloudWatch log group.',
  references: ['CWE-778', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
  types: ['aws_api_gateway_stage', 'aws_apigatewayv2_stage'],
  block: 'access_log_settings',
  attr: 'destination_arn',
  ok: (v) => !(v === undefined || v === null || v === ''),
  message: (res) => `${res.address} has no access logging`,
});
