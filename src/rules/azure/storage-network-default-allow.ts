import { defineRule } from '../../core/rule.js';
import { blocksOf, type TfResource } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown, type TfObject } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isFalse, lowerString } from './lib/values.js';

const LINKED = 'azurerm_storage_account_network_rules';

export default defineRule({
  id: 'azure/storage-network-default-allow',
  kind: 'terraform',
  severity: 'medium',
  title: 'Storage account firewall allows all networks',
  why: 'With the network default action `Allow`, the storage account endpoint accepts requests from every network on the internet, so a leaked account key or SAS token is usable from anywhere. Without any `network_rules` the account is also open to all networks: that case is reported at low severity, an explicit `Allow` at medium.',
  fix: 'Set `default_action = "Deny"` in `network_rules` (or the `azurerm_storage_account_network_rules` resource) and list the allowed `ip_rules` and `virtual_network_subnet_ids`, keeping `bypass = ["AzureServices"]` if Azure services need access. Make sure the machine running Terraform is still allowed.',
  verify:
    'Run `az storage account show -n <name> --query networkRuleSet.defaultAction` and check it prints "Deny".',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 3.8',
    'CWE-284',
    'https://learn.microsoft.com/azure/storage/common/storage-network-security',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_storage_account')) {
      if (isFalse(res.values['public_network_access_enabled'])) continue;
      const linked = [
        ...doc.referencing(LINKED, 'storage_account_id', res, ['id']),
        ...doc.referencing(LINKED, 'storage_account_name', res, ['name']),
      ].filter((r, i, all) => all.indexOf(r) === i);
      const inline = blocksOf(res.values, 'network_rules');
      if (inline === null) continue;
      const configs: { owner: TfResource; obj: TfObject }[] = [
        ...linked.map((l) => ({ owner: l, obj: l.values })),
        ...inline.map((b) => ({ owner: res, obj: b })),
      ];
      for (const { owner, obj } of configs) {
        const action = obj['default_action'];
        if (isUnknown(action) || lowerString(action) !== 'allow') continue;
        reportResource(doc, ctx, {
          res: owner,
          obj,
          key: 'default_action',
          path: owner === res ? 'network_rules/default_action' : 'default_action',
          message: `${owner.address} sets default_action = "Allow": the account is reachable from every network`,
        });
      }
      if (configs.length > 0 || hasUnlinked(doc.ofType(LINKED))) continue;
      reportResource(doc, ctx, {
        res,
        path: 'network_rules',
        severity: 'low',
        message: `${res.address} has no network rules: the account is reachable from every network`,
      });
    }
  },
});

/** A network rules resource whose account cannot be told from the code might be this account's. */
function hasUnlinked(rules: readonly TfResource[]): boolean {
  return rules.some((r) => {
    const id = r.values['storage_account_id'] ?? r.values['storage_account_name'];
    return isUnknown(id) && !/(?:^|\.)azurerm_storage_account\./.test(id.ref ?? '');
  });
}
