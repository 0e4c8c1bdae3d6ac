import type { CfnResource } from '../../../sources/parsers/cloudformation/cloudformation-document.js';

const set = (res: CfnResource, key: string): boolean => {
  const v = res.properties[key];
  return v !== undefined && v !== null && v !== '';
};

/** An instance of an Aurora / Multi-AZ DB cluster: storage, backups and protection live on the cluster. */
export function inCluster(res: CfnResource): boolean {
  return res.type === 'AWS::RDS::DBInstance' && set(res, 'DBClusterIdentifier');
}

/** Created from a snapshot or as a replica: encryption is inherited from the source. */
export function inheritsStorage(res: CfnResource): boolean {
  return [
    'SourceDBInstanceIdentifier',
    'DBSnapshotIdentifier',
    'SnapshotIdentifier',
    'SourceDBClusterIdentifier',
    'SourceDBInstanceAutomatedBackupsArn',
    'RestoreType',
  ].some((k) => set(res, k));
}

export function isReplica(res: CfnResource): boolean {
  return set(res, 'SourceDBInstanceIdentifier') || set(res, 'SourceDBClusterIdentifier');
}

/** Engine family for IAM authentication support (unknown engine: undefined). */
export function engineOf(res: CfnResource): string | undefined {
  const e = res.properties['Engine'];
  return typeof e === 'string' ? e.toLowerCase() : undefined;
}
