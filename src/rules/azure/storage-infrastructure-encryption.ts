import { attributeRule } from '../aws/lib/attribute-rule.js';
import { isTrue } from './lib/values.js';

export default attributeRule({
  id: 'azure/storage-infrastructure-encryption',
  severity: 'low',
  title: 'Storage account does not double-encrypt data',
  why: 'Azure always encrypts storage at rest once (service level). Infrastructure encryption adds a second, independent layer with a different algorithm and key, so a flaw or compromise of one layer does not expose the data. The azurerm default is false, and the setting can only be chosen when the account is created.',
  fix: 'Set `infrastructure_encryption_enabled = true` on new storage accounts. For an existing account this forces a replacement: migrate the data to a new account instead of applying it in place.',
  verify:
    'Run `az storage account show -n <name> --query encryption.requireInfrastructureEncryption` and check it prints true.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 3.2',
    'CWE-311',
    'https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable',
  ],
  types: ['azurerm_storage_account'],
  attr: 'infrastructure_encryption_enabled',
  applies: (res) => {
    const kind = res.values['account_kind'];
    const tier = res.values['account_tier'];
    if (kind === undefined || kind === null || kind === 'StorageV2') return true;
    return tier === 'Premium' && (kind === 'BlockBlobStorage' || kind === 'FileStorage');
  },
  ok: (v) => isTrue(v),
  message: (res) => `${res.address} does not enable infrastructure (double) encryption`,
});
