import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './kms-key-rotation.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n',
      },
      {
        name: 'asymmetric signing key',
        code: 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeySpec: ECC_NIST_P256\n      KeyUsage: SIGN_VERIFY\n',
      },
    ],
    invalid: [
      {
        path: 'key.json',
        code: `{
  "Resources": {
    "Key": {
      "Type": "AWS::KMS::Key",
      "Properties": {
        "Description": "data key"
      }
    }
  }
}
`,
        errors: [{ line: 5, message: 'Key does not enable automatic key rotation' }],
        output: `{
  "Resources": {
    "Key": {
      "Type": "AWS::KMS::Key",
      "Properties": {
        "Description": "data key",
        "EnableKeyRotation": true
      }
    }
  }
}
`,
      },
      {
        code: 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: {}\n      EnableKeyRotation: false\n',
        errors: [{ line: 6 }],
        output:
          'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: {}\n      EnableKeyRotation: true\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
