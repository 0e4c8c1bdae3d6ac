import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './cloudtrail-kms.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      KMSKeyId: !GetAtt TrailKey.Arn\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n',
        options: { keyId: 'alias/cloudtrail' },
        errors: [{ line: 4, message: /KMSKeyId not set/ }],
        output:
          'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      KMSKeyId: alias/cloudtrail\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
