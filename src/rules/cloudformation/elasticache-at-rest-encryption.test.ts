import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './elasticache-at-rest-encryption.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      AtRestEncryptionEnabled: true\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      AtRestEncryptionEnabled: false\n',
        errors: [{ line: 5, message: /sets AtRestEncryptionEnabled: false/ }],
      },
    ],
  },
  { path: 'template.yaml' },
);
