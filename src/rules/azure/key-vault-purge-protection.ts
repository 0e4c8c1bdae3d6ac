import { attributeRule } from '../aws/lib/attribute-rule.js';
import { isFalse, isTrue } from './lib/values.js';

export default attributeRule({
  id: 'azure/key-vault-purge-protection',
  severity: 'medium',
  title: 'Key Vault purge protection is off',
  why: 'Without purge protection, a deleted vault or key can be purged at once, by mistake or by an attacker with enough rights, and every disk, database or storage account encrypted with those keys becomes unreadable for good. The azurerm default is false.',
  fix: 'Set `purge_protection_enabled = true` on the `azurerm_key_vault`. Note that Azure does not allow turning purge protection off again, and a purge-protected vault name stays reserved for the soft-delete retention period after deletion.',
  verify:
    'Run `az keyvault show -n <vault> --query properties.enablePurgeProtection` and check it prints true.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 8.5',
    'CWE-693',
    'https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview',
  ],
  types: ['azurerm_key_vault'],
  attr: 'purge_protection_enabled',
  ok: (v) => (isTrue(v) ? true : v === undefined || v === null || isFalse(v) ? false : undefined),
  message: (res, v) =>
    v === undefined
      ? `${res.address} does not enable purge protection (default false)`
      : `${res.address} sets purge_protection_enabled = false`,
  fixValue: 'true',
});
