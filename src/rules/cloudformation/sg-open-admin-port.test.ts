import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sg-open-admin-port.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 10.20.0.0/16
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
`,
      },
      {
        name: 'CIDR from a parameter without default',
        code: `Parameters:
  AdminCidr:
    Type: String
Resources:
  Ssh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: sg-123
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: !Ref AdminCidr
`,
      },
    ],
    invalid: [
      {
        code: `Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 3380
          ToPort: 3390
          CidrIp: 0.0.0.0/0
        - IpProtocol: "6"
          FromPort: "22"
          ToPort: "22"
          CidrIpv6: ::/0
`,
        errors: [
          { line: 10, message: 'Bastion allows RDP (ports 3380-3390) from 0.0.0.0/0' },
          { line: 14, message: 'Bastion allows SSH (port 22) from ::/0' },
        ],
      },
      {
        name: 'standalone ingress, CIDR from a parameter default; suggestion applies only to literals',
        code: `Parameters:
  Open:
    Type: String
    Default: 0.0.0.0/0
Resources:
  Ssh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: sg-123
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: !Ref Open
  Winrm:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: sg-123
      IpProtocol: tcp
      FromPort: 5985
      ToPort: 5986
      CidrIp: '0.0.0.0/0'
`,
        options: { cidr: '10.0.0.0/8' },
        errors: [{ line: 13 }, { line: 21, message: /WinRM/ }],
        output: `Parameters:
  Open:
    Type: String
    Default: 0.0.0.0/0
Resources:
  Ssh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: sg-123
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: !Ref Open
  Winrm:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: sg-123
      IpProtocol: tcp
      FromPort: 5985
      ToPort: 5986
      CidrIp: 10.0.0.0/8
`,
      },
    ],
  },
  { path: 'template.yaml' },
);
