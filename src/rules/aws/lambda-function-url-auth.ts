import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/lambda-function-url-auth',
  severity: 'high',
  title: 'Lambda function URL needs no authentication',
  why: 'A function URL with `authorization_type = "NONE"` lets anyone on the internet invoke the function directly, bypassing API gateways, WAF and rate limits, and running up cost or reaching whatever the function can access.',
  fix: 'Set `authorization_type = "AWS_IAM"` and sign requests, or put the function behind API Gateway/CloudFront with authentication.',
  verify:
    'Run `aws lambda get-function-url-config --function-name <name>` and check AuthType is AWS_IAM; an unsigned `curl` must get 403.',
  references: ['CWE-306', 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
  types: ['aws_lambda_function_url'],
  attr: 'authorization_type',
  ok: (v) => v !== 'NONE',
  message: (res) => `${res.address} lets anyone invoke the function (authorization_type = "NONE")`,
});
