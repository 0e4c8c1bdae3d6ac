import { defineRule } from '../../core/rule.js';
import { isUnknown, type TfValue } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isFalse, isTrue } from './lib/values.js';

/** Non-empty list or comma-separated string (v3 spelling); null when unknown. */
function hasRanges(v: TfValue | undefined): boolean | null {
  if (v === undefined || v === null) return false;
  if (isUnknown(v)) return null;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.some(isUnknown) ? null : v.length > 0;
  return null;
}

export default defineRule({
  id: 'azure/cosmosdb-public-network',
  kind: 'terraform',
  severity: 'medium',
  title: 'Cosmos DB account is open to all networks',
  why: 'A Cosmos DB account with public network access, no IP firewall and no virtual network filter accepts requests from the whole internet; a leaked account key (keys grant full access to every database) is then usable from anywhere. The azurerm defaults are exactly that.',
  fix: 'Set `public_network_access_enabled = false` and use private endpoints, or restrict access with `ip_range_filter` and/or `is_virtual_network_filter_enabled = true` with `virtual_network_rule` blocks.',
  verify:
    'Run `az cosmosdb show -g <rg> -n <account> --query "[publicNetworkAccess, ipRules, isVirtualNetworkFilterEnabled]"` and check access is disabled or restricted.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 4.5.1',
    'CWE-284',
    'https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_cosmosdb_account')) {
      const pub = res.values['public_network_access_enabled'];
      const vnet = res.values['is_virtual_network_filter_enabled'];
      if (isFalse(pub) || isUnknown(pub) || isTrue(vnet) || isUnknown(vnet)) continue;
      if (hasRanges(res.values['ip_range_filter']) !== false) continue;
      reportResource(doc, ctx, {
        res,
        key: 'public_network_access_enabled',
        path: 'network',
        message: `${res.address} accepts connections from every network (no IP or virtual network filter)`,
      });
    }
  },
});
