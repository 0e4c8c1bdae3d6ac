import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-tls-only.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Data:
    Type: AWS::S3::Bucket
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource:
              - !GetAtt Data.Arn
              - !Sub "\${Data.Arn}/*"
            Condition:
              Bool:
                aws:SecureTransport: false
`,
      },
      {
        name: 'a policy for a bucket named elsewhere could be the one',
        code: `Resources:
  Data:
    Type: AWS::S3::Bucket
  Other:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !ImportValue shared-bucket
      PolicyDocument: {}
`,
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n',
        errors: [{ line: 2, message: /no bucket policy denying/ }],
      },
      {
        name: 'policy without the deny',
        code: `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data-bucket
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: data-bucket
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {AWS: arn:aws:iam::111122223333:root}
            Action: s3:GetObject
            Resource: arn:aws:s3:::data-bucket/*
`,
        errors: [{ line: 10, message: /policy DataPolicy of Data/ }],
      },
    ],
  },
  { path: 'template.yaml' },
);
