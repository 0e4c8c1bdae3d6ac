import type { AnyRule } from '../../core/rule.js';
import computeBlockProjectSshKeys from './compute-block-project-ssh-keys.js';
import computeDefaultServiceAccount from './compute-default-service-account.js';
import computeIpForwarding from './compute-ip-forwarding.js';
import computeOsloginDisabled from './compute-oslogin-disabled.js';
import computePublicIp from './compute-public-ip.js';
import computeSerialPort from './compute-serial-port.js';
import computeShieldedVm from './compute-shielded-vm.js';
import firewallOpenAdminPort from './firewall-open-admin-port.js';
import firewallOpenAllPorts from './firewall-open-all-ports.js';
import firewallOpenDatabasePort from './firewall-open-database-port.js';
import gkeClientCertificate from './gke-client-certificate.js';
import gkeLegacyAbac from './gke-legacy-abac.js';
import gkeMasterAuthorizedNetworks from './gke-master-authorized-networks.js';
import gkeNetworkPolicy from './gke-network-policy.js';
import gkePrivateNodes from './gke-private-nodes.js';
import gkeShieldedNodes from './gke-shielded-nodes.js';
import gkeWorkloadIdentity from './gke-workload-identity.js';
import iamPrimitiveRoles from './iam-primitive-roles.js';
import iamPublicProject from './iam-public-project.js';
import kmsRotation from './kms-rotation.js';
import sqlBackupDisabled from './sql-backup-disabled.js';
import sqlMysqlLocalInfile from './sql-mysql-local-infile.js';
import sqlOpenAuthorizedNetwork from './sql-open-authorized-network.js';
import sqlPostgresLogConnections from './sql-postgres-log-connections.js';
import sqlPostgresLogDisconnections from './sql-postgres-log-disconnections.js';
import sqlRequireSsl from './sql-require-ssl.js';
import sqlSqlserverContainedDbAuth from './sql-sqlserver-contained-db-auth.js';
import sqlSqlserverCrossDbOwnership from './sql-sqlserver-cross-db-ownership.js';
import storageLogging from './storage-logging.js';
import storagePublicAccessPrevention from './storage-public-access-prevention.js';
import storagePublicIam from './storage-public-iam.js';
import storageUniformAccess from './storage-uniform-access.js';
import storageVersioning from './storage-versioning.js';

export const rules: readonly AnyRule[] = [
  computeBlockProjectSshKeys,
  computeDefaultServiceAccount,
  computeIpForwarding,
  computeOsloginDisabled,
  computePublicIp,
  computeSerialPort,
  computeShieldedVm,
  firewallOpenAdminPort,
  firewallOpenAllPorts,
  firewallOpenDatabasePort,
  gkeClientCertificate,
  gkeLegacyAbac,
  gkeMasterAuthorizedNetworks,
  gkeNetworkPolicy,
  gkePrivateNodes,
  gkeShieldedNodes,
  gkeWorkloadIdentity,
  iamPrimitiveRoles,
  iamPublicProject,
  kmsRotation,
  sqlBackupDisabled,
  sqlMysqlLocalInfile,
  sqlOpenAuthorizedNetwork,
  sqlPostgresLogConnections,
  sqlPostgresLogDisconnections,
  sqlRequireSsl,
  sqlSqlserverContainedDbAuth,
  sqlSqlserverCrossDbOwnership,
  storageLogging,
  storagePublicAccessPrevention,
  storagePublicIam,
  storageUniformAccess,
  storageVersioning,
];
