import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './iam-user-admin-attached.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Ci:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
  Admins:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
`,
      },
    ],
    invalid: [
      {
        code: `Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess
  Bob:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess"]
`,
        errors: [{ line: 7, message: 'IAM user Alice has AdministratorAccess attached' }, { line: 11 }],
      },
    ],
  },
  { path: 'template.yaml' },
);
