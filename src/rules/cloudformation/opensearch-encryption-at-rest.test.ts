import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './opensearch-encryption-at-rest.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EncryptionAtRestOptions:\n        Enabled: true\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.13\n',
        errors: [
          { line: 4, message: /does not encrypt data at rest \(EncryptionAtRestOptions.Enabled not set\)/ },
        ],
        output:
          'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.13\n      EncryptionAtRestOptions:\n        Enabled: true\n',
      },
      {
        name: 'legacy Elasticsearch domain with the setting off',
        code: 'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      EncryptionAtRestOptions:\n        Enabled: false\n',
        errors: [{ line: 6 }],
        output:
          'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      EncryptionAtRestOptions:\n        Enabled: true\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
