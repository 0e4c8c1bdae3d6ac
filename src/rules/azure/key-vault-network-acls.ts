import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource } from '../aws/lib/report.js';
import { isFalse, lowerString } from './lib/values.js';

export default defineRule({
  id: 'azure/key-vault-network-acls',
  kind: 'terraform',
  severity: 'medium',
  title: 'Key Vault accepts requests from all networks',
  why: 'A vault whose network ACL default action is `Allow` answers requests from anywhere on the internet, so a leaked client secret or token for an identity with vault access can be used from any machine. Without a `network_acls` block the vault is also open to all networks (reported at low severity); an explicit `Allow` is medium.',
  fix: 'Add `network_acls { default_action = "Deny", bypass = "AzureServices" }` with the needed `ip_rules` / `virtual_network_subnet_ids`, or set `public_network_access_enabled = false` and use a private endpoint.',
  verify:
    'Run `az keyvault show -n <vault> --query properties.networkAcls.defaultAction` and check it prints "Deny".',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 8.7',
    'CWE-284',
    'https://learn.microsoft.com/azure/key-vault/general/network-security',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_key_vault')) {
      if (isFalse(res.values['public_network_access_enabled'])) continue;
      const acls = blocksOf(res.values, 'network_acls');
      if (acls === null) continue;
      for (const acl of acls) {
        if (lowerString(acl['default_action']) !== 'allow') continue;
        reportResource(doc, ctx, {
          res,
          obj: acl,
          key: 'default_action',
          path: 'network_acls/default_action',
          message: `${res.address} sets network_acls default_action = "Allow": the vault is reachable from every network`,
        });
      }
      if (acls.length > 0) continue;
      reportResource(doc, ctx, {
        res,
        path: 'network_acls',
        severity: 'low',
        message: `${res.address} has no network_acls: the vault is reachable from every network`,
      });
    }
  },
});
