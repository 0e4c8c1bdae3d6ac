import { mustBeTrue, propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/elasticache-transit-encryption',
  severity: 'medium',
  title: 'ElastiCache traffic is not encrypted in transit',
  why: 'Without in-transit encryption, cached data and the AUTH token cross the network in clear text; anything that can observe VPC traffic (a compromised instance, mirrored traffic) reads sessions and tokens from the cache.',
  fix: 'Set `TransitEncryptionEnabled: true` on the replication group (clients must then connect with TLS; `TransitEncryptionMode: preferred` allows a staged migration).',
  verify:
    'Run `aws elasticache describe-replication-groups --query "ReplicationGroups[].TransitEncryptionEnabled"` and check it is true.',
  references: [
    'CWE-319',
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
  ],
  types: ['AWS::ElastiCache::ReplicationGroup'],
  path: ['TransitEncryptionEnabled'],
  ok: mustBeTrue,
  message: (res, v) =>
    v === undefined
      ? `${res.logicalId} does not enable in-transit encryption`
      : `${res.logicalId} sets TransitEncryptionEnabled: false`,
});
