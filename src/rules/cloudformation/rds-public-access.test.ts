import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rds-public-access.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      PubliclyAccessible: false\n',
      },
      {
        name: 'decided by a condition that is false',
        code: `Parameters:
  Env:
    Type: String
    Default: prod
Conditions:
  IsDev: !Equals [!Ref Env, dev]
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      PubliclyAccessible: !If [IsDev, true, false]
`,
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      PubliclyAccessible: true # demo\n',
        errors: [{ line: 6, message: 'Db sets PubliclyAccessible: true' }],
        output:
          'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      PubliclyAccessible: false # demo\n',
      },
      {
        name: 'from a parameter default: reported, not auto-fixed',
        code: `Parameters:
  Public:
    Type: String
    Default: "true"
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      PubliclyAccessible: !Ref Public
`,
        errors: [{ line: 9 }],
      },
      {
        name: 'JSON',
        path: 'db.json',
        code: '{"Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"PubliclyAccessible": "true"}}}}\n',
        errors: [{ line: 1 }],
        output:
          '{"Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"PubliclyAccessible": false}}}}\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
