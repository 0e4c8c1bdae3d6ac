import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './opensearch-enforce-https.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      DomainEndpointOptions:\n        EnforceHTTPS: true\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.13\n',
        errors: [
          { line: 4, message: /does not enforce HTTPS \(DomainEndpointOptions.EnforceHTTPS not set\)/ },
        ],
        output:
          'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.13\n      DomainEndpointOptions:\n        EnforceHTTPS: true\n',
      },
      {
        name: 'legacy Elasticsearch domain with the setting off',
        code: 'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      DomainEndpointOptions:\n        EnforceHTTPS: false\n',
        errors: [{ line: 6 }],
        output:
          'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      DomainEndpointOptions:\n        EnforceHTTPS: true\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
