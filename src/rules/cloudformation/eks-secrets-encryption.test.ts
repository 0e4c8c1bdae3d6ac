import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './eks-secrets-encryption.js';

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
      EncryptionConfig:
        - Resources: [secrets]
          Provider:
            KeyArn: !GetAtt Key.Arn
  Key:
    Type: AWS::KMS::Key
`,
      },
    ],
    invalid: [
      {
        code: `Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Version: "1.30"
`,
        options: { keyArn: 'arn:aws:kms:eu-west-1:111122223333:key/abcd-1234' },
        errors: [{ line: 4, message: /does not encrypt Kubernetes secrets/ }],
        output: `Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Version: "1.30"
      EncryptionConfig:
        - Resources:
            - secrets
          Provider:
            KeyArn: arn:aws:kms:eu-west-1:111122223333:key/abcd-1234
`,
      },
    ],
  },
  { path: 'template.yaml' },
);
