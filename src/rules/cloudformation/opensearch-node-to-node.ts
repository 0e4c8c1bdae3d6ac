import { mustBeTrue, propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/opensearch-node-to-node',
  severity: 'medium',
  title: 'OpenSearch node-to-node traffic is not encrypted',
  why: 'Without node-to-node encryption, data replicated between the nodes of the domain crosses the VPC in clear text, readable by anything that can observe that traffic.',
  fix: 'Set `NodeToNodeEncryptionOptions: {Enabled: true}` (required for fine-grained access control).',
  verify:
    'Run `aws opensearch describe-domain --domain-name <name> --query DomainStatus.NodeToNodeEncryptionOptions` and check Enabled is true.',
  references: ['CWE-319', 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html'],
  types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  path: ['NodeToNodeEncryptionOptions', 'Enabled'],
  ok: mustBeTrue,
  message: (res, v) =>
    v === undefined
      ? `${res.logicalId} does not encrypt node-to-node traffic (NodeToNodeEncryptionOptions.Enabled not set)`
      : `${res.logicalId} does not encrypt node-to-node traffic (NodeToNodeEncryptionOptions.Enabled: false)`,
  fixValue: true,
});
