import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sg-open-all-ports.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - {IpProtocol: "-1", CidrIp: 10.0.0.0/8}
        - {IpProtocol: icmp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0}
`,
      },
    ],
    invalid: [
      {
        code: `Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - IpProtocol: -1
          CidrIp: 0.0.0.0/0
        - IpProtocol: tcp
          FromPort: 0
          ToPort: 65535
          CidrIpv6: ::/0
`,
        options: { cidr: '192.168.0.0/16' },
        errors: [
          { line: 8, message: 'Web allows all traffic (all ports) from 0.0.0.0/0', severity: 'critical' },
          { line: 12, message: /from ::\/0/ },
        ],
        output: `Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - IpProtocol: -1
          CidrIp: 192.168.0.0/16
        - IpProtocol: tcp
          FromPort: 0
          ToPort: 65535
          CidrIpv6: ::/0
`,
      },
    ],
  },
  { path: 'template.yaml' },
);
