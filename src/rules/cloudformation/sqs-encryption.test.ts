import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sqs-encryption.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      { name: 'default SSE-SQS', code: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n' },
      {
        code: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: false\n      KmsMasterKeyId: alias/aws/sqs\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: false\n',
        errors: [{ line: 5, message: /turns server-side encryption off/ }],
        output:
          'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: true\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
