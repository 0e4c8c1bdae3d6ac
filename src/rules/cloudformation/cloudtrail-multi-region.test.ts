import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './cloudtrail-multi-region.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      IsMultiRegionTrail: true\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n',
        errors: [{ line: 4, message: /does not set IsMultiRegionTrail/ }],
        output:
          'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      IsMultiRegionTrail: true\n',
      },
      {
        code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      IsMultiRegionTrail: "false"\n',
        errors: [{ line: 7, message: /sets IsMultiRegionTrail: false/ }],
        output:
          'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      IsMultiRegionTrail: true\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
