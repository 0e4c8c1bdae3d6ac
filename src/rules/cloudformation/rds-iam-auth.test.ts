import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rds-iam-auth.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        name: 'engine without IAM auth',
        code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: sqlserver-ex\n',
      },
      {
        code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      EnableIAMDatabaseAuthentication: true\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      EnableIAMDatabaseAuthentication: false\n',
        errors: [{ line: 6 }],
        output:
          'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      EnableIAMDatabaseAuthentication: true\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
