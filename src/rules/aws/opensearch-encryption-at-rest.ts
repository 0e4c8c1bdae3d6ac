import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/opensearch-encryption-at-rest',
  severity: 'high',
  title: 'OpenSearch domain is not encrypted at rest',
  why: 'Without encryption at rest, indices, logs and automated snapshots of the domain are stored in clear; search clusters often hold copies of the most sensitive data.',
  fix: 'Add `encrypt_at_rest { enabled = true }` (the domain is replaced if it already exists).',
  verify:
    'Run `aws opensearch describe-domain --domain-name <name> --query "DomainStatus.EncryptionAtRestOptions"` and check Enabled is true.',
  references: [
    'CWE-311',
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
  ],
  types: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  block: 'encrypt_at_rest',
  attr: 'enabled',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} is not encrypted at rest`,
  fixValue: 'true',
});
