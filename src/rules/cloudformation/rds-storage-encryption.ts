import { mustBeTrue, propertyRule } from './lib/property-rule.js';
import { inCluster, inheritsStorage } from './lib/rds.js';

export default propertyRule({
  id: 'cfn/rds-storage-encryption',
  severity: 'high',
  title: 'RDS storage is not encrypted',
  why: 'RDS does not encrypt storage unless asked. Unencrypted volumes, their automated backups and snapshots can be copied or shared and read without any key, and encryption cannot be switched on for an existing database later without a snapshot-restore migration.',
  fix: 'Set `StorageEncrypted: true` (optionally with your `KmsKeyId`). On a database that already exists this replaces it: migrate by restoring an encrypted copy of a snapshot, then switch over.',
  verify:
    'Run `aws rds describe-db-instances --query "DBInstances[].StorageEncrypted"` (or describe-db-clusters) and check it is true.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.3.1',
    'CWE-311',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  ],
  types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  path: ['StorageEncrypted'],
  applies: (res) => !inCluster(res) && !inheritsStorage(res) && res.properties['EngineMode'] !== 'serverless',
  ok: mustBeTrue,
  message: (res, v) =>
    v === undefined
      ? `${res.logicalId} does not set StorageEncrypted (defaults to false)`
      : `${res.logicalId} sets StorageEncrypted: false`,
  fixValue: true,
});
