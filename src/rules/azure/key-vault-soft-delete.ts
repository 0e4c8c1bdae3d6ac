import { defineRule } from '../../core/rule.js';
import { setAttribute } from '../../fixers/hcl-edit.js';
import { asNumber, isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isFalse } from './lib/values.js';

export default defineRule({
  id: 'azure/key-vault-soft-delete',
  kind: 'terraform',
  severity: 'medium',
  title: 'Key Vault soft delete is off or short',
  why: 'Soft delete keeps deleted keys, secrets and vaults recoverable for a retention period. With it off (possible with `soft_delete_enabled = false` in azurerm v2) a deletion is final and everything encrypted with the keys is lost (medium). A retention shorter than the 90-day default leaves less time to notice a malicious or accidental deletion (low). Newer providers always enable soft delete; only the retention can be chosen, once, at creation.',
  fix: 'Remove `soft_delete_enabled = false` (or set it to true). Keep `soft_delete_retention_days` at 90 on new vaults; it cannot be changed on an existing vault.',
  verify:
    'Run `az keyvault show -n <vault> --query "properties.[enableSoftDelete, softDeleteRetentionInDays]"` and check it prints true and 90.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 8.5',
    'CWE-693',
    'https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_key_vault')) {
      if (isFalse(res.values['soft_delete_enabled'])) {
        reportResource(doc, ctx, {
          res,
          key: 'soft_delete_enabled',
          message: `${res.address} turns soft delete off: deleted keys and secrets cannot be recovered`,
          fix: (target) => setAttribute(target, 'soft_delete_enabled', 'true'),
        });
      }
      const raw = res.values['soft_delete_retention_days'];
      const days = isUnknown(raw) ? undefined : asNumber(raw);
      if (days !== undefined && days < 90) {
        reportResource(doc, ctx, {
          res,
          key: 'soft_delete_retention_days',
          severity: 'low',
          message: `${res.address} keeps deleted items for only ${days} days (default 90)`,
        });
      }
    }
  },
});
