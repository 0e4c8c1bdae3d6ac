import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';

export default defineRule({
  id: 'azure/aks-network-policy',
  kind: 'terraform',
  severity: 'medium',
  title: 'AKS cluster has no network policy engine',
  why: 'Without a network policy engine (Azure, Calico or Cilium) every pod can reach every other pod and service in the cluster, and Kubernetes NetworkPolicy objects are silently ignored; one compromised pod can then talk to databases and internal admin endpoints directly. The azurerm default is no network policy.',
  fix: 'Set `network_profile { network_plugin = "azure", network_policy = "azure" }` (or "calico" / "cilium") and then write NetworkPolicies for your namespaces. Changing the engine of an existing cluster may require recreating it; check the AKS docs for your version.',
  verify:
    'Run `az aks show -g <rg> -n <cluster> --query networkProfile.networkPolicy` and check it is not null.',
  references: [
    'CIS Azure Kubernetes Service (AKS) Benchmark 5.4.4',
    'CWE-923',
    'https://learn.microsoft.com/azure/aks/use-network-policies',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_kubernetes_cluster')) {
      const profiles = blocksOf(res.values, 'network_profile');
      if (profiles === null) continue;
      const profile = profiles[0];
      const policy = profile?.['network_policy'];
      if (isUnknown(policy) || (typeof policy === 'string' && policy !== '')) continue;
      reportResource(doc, ctx, {
        res,
        ...(profile ? { obj: profile, key: 'network_policy', path: 'network_profile/network_policy' } : {}),
        ...(profile ? {} : { path: 'network_profile/network_policy' }),
        message: `${res.address} has no network policy engine: all pods can reach each other`,
      });
    }
  },
});
