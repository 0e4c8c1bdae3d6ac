import { defineRule } from '../../core/rule.js';
import { findBlocks, hclString, insertBlock, setAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown, type TfValue } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isTrue } from './lib/values.js';

const WORLD = new Set(['0.0.0.0/0', '0.0.0.0/1', '128.0.0.0/1']);

/** 'open' for no ranges (or a world range), 'restricted', or null when unknown. */
function judge(v: TfValue | undefined): 'open' | 'restricted' | null {
  if (v === undefined || v === null) return 'open';
  if (isUnknown(v)) return null;
  if (!Array.isArray(v)) return null;
  if (v.some(isUnknown)) return null;
  if (v.length === 0 || v.some((x) => typeof x === 'string' && WORLD.has(x))) return 'open';
  return 'restricted';
}

export default defineRule({
  id: 'azure/aks-public-api-server',
  kind: 'terraform',
  severity: 'medium',
  title: 'AKS API server is reachable from the whole internet',
  why: 'A public AKS cluster with no authorized IP ranges exposes the Kubernetes API server to every address on the internet, so a leaked kubeconfig or token works from anywhere and every API server vulnerability is remotely reachable. The azurerm default is a public cluster with no ranges.',
  fix: 'Make the cluster private (`private_cluster_enabled = true`, which replaces the cluster), or list your admin and CI ranges in `api_server_access_profile { authorized_ip_ranges = [...] }` (`api_server_authorized_ip_ranges` before azurerm v3.39).',
  verify:
    'Run `az aks show -g <rg> -n <cluster> --query "[apiServerAccessProfile.enablePrivateCluster, apiServerAccessProfile.authorizedIpRanges]"` and check the cluster is private or the ranges are set.',
  references: [
    'CIS Azure Kubernetes Service (AKS) Benchmark 5.4.1',
    'CWE-668',
    'https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges',
  ],
  fixable: 'suggestion',
  options: {
    cidr: { description: 'CIDR allowed to reach the AKS API server (your admin/VPN or CI egress range).' },
  },
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_kubernetes_cluster')) {
      const priv = res.values['private_cluster_enabled'];
      if (isTrue(priv) || isUnknown(priv)) continue;
      const profiles = blocksOf(res.values, 'api_server_access_profile');
      if (profiles === null) continue;
      const legacy = res.values['api_server_authorized_ip_ranges'];
      const verdicts = [judge(legacy), ...profiles.map((p) => judge(p['authorized_ip_ranges']))];
      if (verdicts.includes(null) || verdicts.includes('restricted')) continue;
      const profile = profiles[0];
      reportResource(doc, ctx, {
        res,
        key: 'private_cluster_enabled',
        path: 'api_server',
        message: `${res.address} is a public cluster with no authorized IP ranges: the API server is open to the internet`,
        suggest: {
          question: 'Which CIDR should be allowed to reach the Kubernetes API server?',
          option: 'cidr',
          placeholder: '203.0.113.0/24',
          edits: (target, value) => {
            const list = `[${hclString(value)}]`;
            if (legacy !== undefined) return setAttribute(target, 'api_server_authorized_ip_ranges', list);
            if (profile && target.body) {
              const block = findBlocks(target.body, 'api_server_access_profile')[0];
              if (!block) return null;
              return setAttribute(
                { file: target.file, body: block.body, block, generated: target.generated },
                'authorized_ip_ranges',
                list,
              );
            }
            return insertBlock(target, 'api_server_access_profile', [['authorized_ip_ranges', list]]);
          },
        },
      });
    }
  },
});
