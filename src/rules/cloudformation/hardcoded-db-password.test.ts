import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './hardcoded-db-password.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Parameters:
  DbPassword:
    Type: String
    NoEcho: true
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUserPassword: !Ref DbPassword
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      MasterUserPassword: "{{resolve:secretsmanager:prod/db:SecretString:password}}"
  Managed:
    Type: AWS::RDS::DBCluster
    Properties:
      ManageMasterUserPassword: true
`,
      },
    ],
    invalid: [
      {
        code: `Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: admin
      MasterUserPassword: hunter2-prod
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      AdvancedSecurityOptions:
        MasterUserOptions:
          MasterUserName: admin
          MasterUserPassword: "Adm1n!Pass"
`,
        options: { reference: '{{resolve:secretsmanager:prod/db:SecretString:password}}' },
        errors: [
          { line: 6, message: 'Db has a hard-coded MasterUserPassword' },
          { line: 13, message: /Search has a hard-coded MasterUserPassword/ },
        ],
        output: `Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: admin
      MasterUserPassword: "{{resolve:secretsmanager:prod/db:SecretString:password}}"
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      AdvancedSecurityOptions:
        MasterUserOptions:
          MasterUserName: admin
          MasterUserPassword: "{{resolve:secretsmanager:prod/db:SecretString:password}}"
`,
      },
    ],
  },
  { path: 'template.yaml' },
);
