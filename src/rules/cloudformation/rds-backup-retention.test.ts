import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rds-backup-retention.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n',
      },
      {
        name: 'read replica without backups',
        code: 'Resources:\n  R:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      SourceDBInstanceIdentifier: p\n      BackupRetentionPeriod: 0\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: "0"\n',
        options: { days: '14' },
        errors: [{ line: 5, message: /no automated backups/ }],
        output:
          'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 14\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
