import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isTrue } from '../azure/lib/values.js';

export default defineRule({
  id: 'gcp/gke-network-policy',
  kind: 'terraform',
  severity: 'medium',
  title: 'GKE cluster does not enforce network policies',
  why: 'Without network policy enforcement every pod can reach every other pod and service in the cluster, and Kubernetes NetworkPolicy objects are silently ignored; one compromised pod can talk straight to databases and internal admin endpoints. Dataplane V2 (`datapath_provider = "ADVANCED_DATAPATH"`) and Autopilot clusters enforce policies and are not reported.',
  fix: 'Use Dataplane V2 (`datapath_provider = "ADVANCED_DATAPATH"`, new clusters) or set `network_policy { enabled = true, provider = "CALICO" }` with `addons_config { network_policy_config { disabled = false } }`, then write NetworkPolicies.',
  verify:
    'Run `gcloud container clusters describe <cluster> --format="value(networkPolicy.enabled, networkConfig.datapathProvider)"` and check one of them is set.',
  references: [
    'CIS Google Kubernetes Engine (GKE) Benchmark 5.6.7',
    'CWE-923',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('google_container_cluster')) {
      const v = res.values;
      const autopilot = v['enable_autopilot'];
      const datapath = v['datapath_provider'];
      if (isTrue(autopilot) || isUnknown(autopilot) || isUnknown(datapath)) continue;
      if (datapath === 'ADVANCED_DATAPATH') continue;
      const policies = blocksOf(v, 'network_policy');
      if (policies === null) continue;
      const p = policies[0];
      const enabled = p?.['enabled'];
      if (isTrue(enabled) || isUnknown(enabled)) continue;
      reportResource(doc, ctx, {
        res,
        ...(p ? { obj: p, key: 'enabled' } : { key: 'network_policy' }),
        path: 'network_policy/enabled',
        message: `${res.address} does not enforce network policies: all pods can reach each other`,
      });
    }
  },
});
