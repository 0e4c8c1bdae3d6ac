import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './lambda-env-secrets.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Parameters:
  ApiToken:
    Type: String
    NoEcho: true
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          DB_PASSWORD: "{{resolve:secretsmanager:prod/db:SecretString:password}}"
          API_TOKEN: !Ref ApiToken
          SECRET_ARN: arn:aws:secretsmanager:eu-west-1:111122223333:secret:x
          LOG_LEVEL: info
          STRIPE_SECRET: changeme
`,
      },
    ],
    invalid: [
      {
        code: `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Environment:
      Variables:
        SENTRY_TOKEN: 4f9a1b2c3d
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Environment:
        Variables:
          DB_PASSWORD: s3cr3t-Pa55
          LOG_LEVEL: debug
`,
        errors: [
          { line: 13, message: 'Fn sets DB_PASSWORD to a hard-coded value' },
          { line: 6, message: /Globals set SENTRY_TOKEN/ },
        ],
      },
    ],
  },
  { path: 'template.yaml' },
);
