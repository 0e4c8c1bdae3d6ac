import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './eks-public-endpoint.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig:
        SubnetIds: [subnet-1, subnet-2]
        EndpointPrivateAccess: true
        EndpointPublicAccess: false
`,
      },
    ],
    invalid: [
      {
        code: `Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig:
        SubnetIds: [subnet-1, subnet-2]
        PublicAccessCidrs:
          - 0.0.0.0/0
`,
        options: { cidr: '203.0.113.0/24' },
        errors: [{ line: 8, message: 'Cluster exposes the Kubernetes API endpoint to 0.0.0.0/0' }],
        output: `Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig:
        SubnetIds: [subnet-1, subnet-2]
        PublicAccessCidrs:
          - 203.0.113.0/24
`,
      },
      {
        name: 'default public endpoint',
        code: `Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      ResourcesVpcConfig:
        SubnetIds: [subnet-1, subnet-2]
`,
        errors: [{ line: 5, message: /0\.0\.0\.0\/0 \(default\)/ }],
      },
    ],
  },
  { path: 'template.yaml' },
);
