import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-assume-role-public.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Service: lambda.amazonaws.com}
            Action: sts:AssumeRole
          - Effect: Allow
            Principal: {AWS: "*"}
            Action: sts:AssumeRole
            Condition:
              StringEquals: {aws:PrincipalOrgID: o-abc}
`,
      },
    ],
    invalid: [
      {
        code: `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              AWS: "*"
            Action: sts:AssumeRole
`,
        errors: [{ line: 7, message: /any AWS principal/ }],
      },
    ],
  },
  { path: 'template.yaml' },
);
