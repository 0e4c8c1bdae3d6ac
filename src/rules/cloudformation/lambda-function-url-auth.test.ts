import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './lambda-function-url-auth.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Url:\n    Type: AWS::Lambda::Url\n    Properties:\n      AuthType: AWS_IAM\n      TargetFunctionArn: !GetAtt Fn.Arn\n',
      },
    ],
    invalid: [
      {
        code: `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      FunctionUrlConfig:
        AuthType: NONE
  Url:
    Type: AWS::Lambda::Url
    Properties:
      AuthType: NONE
      TargetFunctionArn: !GetAtt Fn.Arn
`,
        options: { authType: 'AWS_IAM' },
        errors: [{ line: 12 }, { line: 8, message: /AuthType: NONE/ }],
        output: `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      FunctionUrlConfig:
        AuthType: AWS_IAM
  Url:
    Type: AWS::Lambda::Url
    Properties:
      AuthType: AWS_IAM
      TargetFunctionArn: !GetAtt Fn.Arn
`,
      },
    ],
  },
  { path: 'template.yaml' },
);
