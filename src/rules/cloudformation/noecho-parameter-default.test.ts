import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './noecho-parameter-default.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Parameters:
  DbPassword:
    Type: String
    NoEcho: true
  ApiTokenParameterName:
    Type: String
    Default: /prod/api/token
  Env:
    Type: String
    Default: prod
Resources:
  T:
    Type: AWS::SNS::Topic
`,
      },
    ],
    invalid: [
      {
        code: `Parameters:
  DbPassword:
    Type: String
    NoEcho: true
    Default: Sup3rS3cret!
  ApiSecret:
    Type: String
    Default: 8d0f7a1c9e
Resources:
  T:
    Type: AWS::SNS::Topic
`,
        errors: [
          { line: 5, message: 'parameter DbPassword (NoEcho) has a hard-coded default secret' },
          { line: 8, message: 'parameter ApiSecret has a hard-coded default secret' },
        ],
      },
    ],
  },
  { path: 'template.yaml' },
);
