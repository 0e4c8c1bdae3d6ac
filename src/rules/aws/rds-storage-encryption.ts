import { attributeRule, mustBeTrue } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/rds-storage-encryption',
  severity: 'high',
  title: 'RDS storage is not encrypted',
  why: 'Without storage encryption, the database files, its automated backups, read replicas and snapshots are stored in clear. Anyone who gets a copy of a snapshot or of the underlying disks (a shared snapshot, a leaked backup, a compromised account) reads every row.',
  fix: 'Set `storage_encrypted = true` (optionally with `kms_key_id`). On an existing database this forces a replacement: take a snapshot, copy it with encryption, and restore from the encrypted copy.',
  verify:
    'Run `aws rds describe-db-instances --query "DBInstances[].StorageEncrypted"` (or describe-db-clusters) and check it prints true.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.3.1',
    'CWE-311',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  ],
  types: ['aws_db_instance', 'aws_rds_cluster'],
  attr: 'storage_encrypted',
  // Aurora Serverless v1 clusters are always encrypted; replicas inherit the source's setting.
  applies: (res) =>
    res.values['engine_mode'] !== 'serverless' && res.values['replicate_source_db'] === undefined,
  ok: mustBeTrue,
  message: (res, v) =>
    v === undefined
      ? `${res.address} does not set storage_encrypted, so its storage and snapshots are not encrypted`
      : `${res.address} sets storage_encrypted = false`,
  fixValue: 'true',
});
