import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sg-open-database-port.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Db:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: db
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 5432
          ToPort: 5432
          SourceSecurityGroupId: sg-app
`,
      },
    ],
    invalid: [
      {
        path: 'db.json',
        code: `{
  "Resources": {
    "Db": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "db",
        "SecurityGroupIngress": [
          { "IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "CidrIp": "0.0.0.0/0" }
        ]
      }
    }
  }
}
`,
        options: { cidr: '10.1.0.0/16' },
        errors: [{ line: 8, message: 'Db allows PostgreSQL (port 5432) from 0.0.0.0/0' }],
        output: `{
  "Resources": {
    "Db": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "db",
        "SecurityGroupIngress": [
          { "IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "CidrIp": "10.1.0.0/16" }
        ]
      }
    }
  }
}
`,
      },
    ],
  },
  { path: 'template.yaml' },
);
