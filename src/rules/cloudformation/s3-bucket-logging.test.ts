import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-logging.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        name: 'logs go to a log bucket, which itself is not asked to log',
        code: `Resources:
  Logs:
    Type: AWS::S3::Bucket
  Data:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !Ref Logs
`,
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n',
        options: { bucket: 'acme-logs' },
        errors: [{ line: 4, message: /no server access logging/ }],
        output:
          'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n      LoggingConfiguration:\n        DestinationBucketName: acme-logs\n        LogFilePrefix: Data/\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
