import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/opensearch-node-to-node',
  severity: 'medium',
  title: 'OpenSearch node-to-node encryption is off',
  why: 'Without node-to-node encryption, data replicated and queried between cluster nodes travels in clear inside the VPC.',
  fix: 'Add `node_to_node_encryption { enabled = true }` to the domain.',
  verify:
    'Run `aws opensearch describe-domain --domain-name <name> --query "DomainStatus.NodeToNodeEncryptionOptions"` and check Enabled is true.',
  references: ['CWE-319', 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html'],
  types: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  block: 'node_to_node_encryption',
  attr: 'enabled',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} does not encrypt traffic between nodes`,
  fixValue: 'true',
});
