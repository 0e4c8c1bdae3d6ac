import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/elasticache-at-rest-encryption',
  severity: 'medium',
  title: 'ElastiCache data is not encrypted at rest',
  why: 'Without at-rest encryption, ElastiCache backups and swap data are stored in clear; anyone who gets a backup reads the cached data.',
  fix: 'Set `at_rest_encryption_enabled = true` on the replication group (only possible at creation: recreate it).',
  verify:
    'Run `aws elasticache describe-replication-groups --query "ReplicationGroups[].AtRestEncryptionEnabled"` and check it prints true.',
  references: [
    'CWE-311',
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/at-rest-encryption.html',
  ],
  types: ['aws_elasticache_replication_group'],
  attr: 'at_rest_encryption_enabled',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} does not encrypt data at rest`,
  fixValue: 'true',
});
