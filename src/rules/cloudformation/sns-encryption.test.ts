import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sns-encryption.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      KmsMasterKeyId: !Ref Key\n  Key:\n    Type: AWS::KMS::Key\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n',
        options: { keyId: 'alias/aws/sns' },
        errors: [{ line: 2, message: /no KmsMasterKeyId/ }],
        output:
          'Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      KmsMasterKeyId: alias/aws/sns\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
