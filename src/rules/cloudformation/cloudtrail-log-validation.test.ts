import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './cloudtrail-log-validation.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      EnableLogFileValidation: true\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      EnableLogFileValidation: false\n',
        errors: [{ line: 7, message: /does not enable log file validation/ }],
        output:
          'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      EnableLogFileValidation: true\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
