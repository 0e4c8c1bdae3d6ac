import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-public-acl.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n',
      },
      {
        name: 'ACL chosen by a condition that cannot be decided',
        code: `Parameters:
  Env:
    Type: String
Conditions:
  IsSite: !Equals [!Ref Env, site]
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !If [IsSite, PublicRead, Private]
`,
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n',
        errors: [{ line: 5, message: /PublicReadWrite ACL/, severity: 'critical' }],
      },
      {
        name: 'suggestion applied with the chosen ACL',
        code: 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: "PublicRead"\n',
        options: { acl: 'Private' },
        errors: [{ line: 5, severity: 'high' }],
        output:
          'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
