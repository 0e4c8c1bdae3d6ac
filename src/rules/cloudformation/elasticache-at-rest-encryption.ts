import { mustBeTrue, propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/elasticache-at-rest-encryption',
  severity: 'medium',
  title: 'ElastiCache data is not encrypted at rest',
  why: 'Without at-rest encryption, cache data written to disk (snapshots, swap, backups exported to S3) is stored in clear; caches often hold sessions, tokens and personal data.',
  fix: 'Set `AtRestEncryptionEnabled: true` (optionally with `KmsKeyId`). This replaces an existing replication group, so plan a migration for persistent data.',
  verify:
    'Run `aws elasticache describe-replication-groups --query "ReplicationGroups[].AtRestEncryptionEnabled"` and check it is true.',
  references: ['CWE-311', 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html'],
  types: ['AWS::ElastiCache::ReplicationGroup'],
  path: ['AtRestEncryptionEnabled'],
  ok: mustBeTrue,
  message: (res, v) =>
    v === undefined
      ? `${res.logicalId} does not enable at-rest encryption`
      : `${res.logicalId} sets AtRestEncryptionEnabled: false`,
});
