import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-encryption.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
`,
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n',
        errors: [{ line: 2, message: /does not declare BucketEncryption/, severity: 'low' }],
      },
      {
        name: 'suggestion applied',
        options: { algorithm: 'aws:kms' },
        code: `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data
`,
        errors: [{ line: 4 }],
        output: `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
            BucketKeyEnabled: true
`,
      },
    ],
  },
  { path: 'template.yaml' },
);
