import type { AnyRule } from '../../core/rule.js';
import acrAdminEnabled from './acr-admin-enabled.js';
import aksLocalAccounts from './aks-local-accounts.js';
import aksNetworkPolicy from './aks-network-policy.js';
import aksPublicApiServer from './aks-public-api-server.js';
import aksRbacDisabled from './aks-rbac-disabled.js';
import appServiceFtps from './app-service-ftps.js';
import appServiceHttpsOnly from './app-service-https-only.js';
import appServiceMinTls from './app-service-min-tls.js';
import cosmosdbPublicNetwork from './cosmosdb-public-network.js';
import databaseFirewallOpen from './database-firewall-open.js';
import databaseSslEnforcement from './database-ssl-enforcement.js';
import keyVaultNetworkAcls from './key-vault-network-acls.js';
import keyVaultPurgeProtection from './key-vault-purge-protection.js';
import keyVaultSoftDelete from './key-vault-soft-delete.js';
import nsgOpenAdminPort from './nsg-open-admin-port.js';
import nsgOpenAllPorts from './nsg-open-all-ports.js';
import nsgOpenDatabasePort from './nsg-open-database-port.js';
import sqlAuditingDisabled from './sql-auditing-disabled.js';
import sqlMinTls from './sql-min-tls.js';
import sqlPublicNetworkAccess from './sql-public-network-access.js';
import sqlTdeDisabled from './sql-tde-disabled.js';
import storageContainerPublic from './storage-container-public.js';
import storageHttpsOnly from './storage-https-only.js';
import storageInfrastructureEncryption from './storage-infrastructure-encryption.js';
import storageMinTls from './storage-min-tls.js';
import storageNetworkDefaultAllow from './storage-network-default-allow.js';
import storagePublicBlobAccess from './storage-public-blob-access.js';
import vmEncryptionAtHost from './vm-encryption-at-host.js';
import vmPasswordAuth from './vm-password-auth.js';

export const rules: readonly AnyRule[] = [
  acrAdminEnabled,
  aksLocalAccounts,
  aksNetworkPolicy,
  aksPublicApiServer,
  aksRbacDisabled,
  appServiceFtps,
  appServiceHttpsOnly,
  appServiceMinTls,
  cosmosdbPublicNetwork,
  databaseFirewallOpen,
  databaseSslEnforcement,
  keyVaultNetworkAcls,
  keyVaultPurgeProtection,
  keyVaultSoftDelete,
  nsgOpenAdminPort,
  nsgOpenAllPorts,
  nsgOpenDatabasePort,
  sqlAuditingDisabled,
  sqlMinTls,
  sqlPublicNetworkAccess,
  sqlTdeDisabled,
  storageContainerPublic,
  storageHttpsOnly,
  storageInfrastructureEncryption,
  storageMinTls,
  storageNetworkDefaultAllow,
  storagePublicBlobAccess,
  vmEncryptionAtHost,
  vmPasswordAuth,
];
