import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-policy-admin.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Reader:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: ["s3:GetObject"]
            Resource: "*"
          - Effect: Deny
            Action: "*"
            Resource: "*"
`,
      },
    ],
    invalid: [
      {
        code: `Transform: AWS::Serverless-2016-10-31
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: everything
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: "*"
                Resource: "*"
  Admin:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: admin
      PolicyDocument:
        Statement:
          Effect: Allow
          Action: ["*:*"]
          Resource: ["*"]
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - AWSLambdaBasicExecutionRole
        - Statement:
            - Effect: Allow
              Action: "*"
              Resource: "*"
`,
        errors: [
          { line: 11, message: 'Role allows every action on every resource ("*" on "*")' },
          { line: 19 },
          { line: 29 },
        ],
      },
    ],
  },
  { path: 'template.yaml' },
);
