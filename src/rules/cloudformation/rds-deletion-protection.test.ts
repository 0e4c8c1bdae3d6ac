import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rds-deletion-protection.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      DeletionProtection: true\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n\n  Other:\n    Type: AWS::SNS::Topic\n',
        errors: [{ line: 4, message: /does not enable DeletionProtection/ }],
        output:
          'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DeletionProtection: true\n\n  Other:\n    Type: AWS::SNS::Topic\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
