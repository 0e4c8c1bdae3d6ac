import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './elasticache-transit-encryption.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      TransitEncryptionEnabled: true\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      Engine: redis\n',
        errors: [{ line: 4, message: /does not enable in-transit encryption/ }],
      },
    ],
  },
  { path: 'template.yaml' },
);
