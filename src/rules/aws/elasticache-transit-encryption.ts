import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/elasticache-transit-encryption',
  severity: 'medium',
  title: 'ElastiCache traffic is not encrypted in transit',
  why: 'Without in-transit encryption, cached data, session tokens and AUTH passwords cross the network in clear, readable by anything that can observe traffic inside the VPC.',
  fix: 'Set `transit_encryption_enabled = true` on the replication group and connect clients with TLS (this replaces older clusters).',
  verify:
    'Run `aws elasticache describe-replication-groups --query "ReplicationGroups[].TransitEncryptionEnabled"` and check it prints true.',
  references: [
    'CWE-319',
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/in-transit-encryption.html',
  ],
  types: ['aws_elasticache_replication_group'],
  attr: 'transit_encryption_enabled',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} does not encrypt traffic in transit`,
  fixValue: 'true',
});
