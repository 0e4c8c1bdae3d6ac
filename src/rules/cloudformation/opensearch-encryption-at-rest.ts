import { mustBeTrue, propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/opensearch-encryption-at-rest',
  severity: 'high',
  title: 'OpenSearch domain data is not encrypted at rest',
  why: 'Without encryption at rest, the indices, logs and automated snapshots of the domain are stored in clear on disk; search domains often hold application logs full of personal data and tokens.',
  fix: 'Set `EncryptionAtRestOptions: {Enabled: true}` (optionally with `KmsKeyId`).',
  verify:
    'Run `aws opensearch describe-domain --domain-name <name> --query DomainStatus.EncryptionAtRestOptions` and check Enabled is true.',
  references: [
    'CWE-311',
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
  ],
  types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  path: ['EncryptionAtRestOptions', 'Enabled'],
  ok: mustBeTrue,
  message: (res, v) =>
    v === undefined
      ? `${res.logicalId} does not encrypt data at rest (EncryptionAtRestOptions.Enabled not set)`
      : `${res.logicalId} does not encrypt data at rest (EncryptionAtRestOptions.Enabled: false)`,
  fixValue: true,
});
