import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ec2-imdsv1.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        MetadataOptions:
          HttpTokens: required
  Vm:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref Lt
        Version: !GetAtt Lt.LatestVersionNumber
  NoMeta:
    Type: AWS::EC2::Instance
    Properties:
      MetadataOptions: {HttpEndpoint: disabled}
`,
      },
    ],
    invalid: [
      {
        name: 'launch template without metadata options',
        code: `Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: web
      LaunchTemplateData:
        ImageId: ami-123
        InstanceType: t3.micro
`,
        errors: [{ line: 6, message: /does not require IMDSv2/ }],
        output: `Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: web
      LaunchTemplateData:
        ImageId: ami-123
        InstanceType: t3.micro
        MetadataOptions:
          HttpTokens: required
`,
      },
      {
        name: 'instance with optional tokens; launch configuration without options',
        code: `Resources:
  Vm:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-123
      MetadataOptions:
        HttpTokens: optional
        HttpPutResponseHopLimit: 2
  Lc:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-123
      InstanceType: t3.micro
`,
        errors: [{ line: 7, message: 'Vm sets HttpTokens: optional (IMDSv1 allowed)' }, { line: 11 }],
        output: `Resources:
  Vm:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-123
      MetadataOptions:
        HttpTokens: required
        HttpPutResponseHopLimit: 2
  Lc:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-123
      InstanceType: t3.micro
      MetadataOptions:
        HttpTokens: required
`,
      },
    ],
  },
  { path: 'template.yaml' },
);
