import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource } from '../aws/lib/report.js';
import { isTrue } from '../azure/lib/values.js';

export default defineRule({
  id: 'gcp/gke-master-authorized-networks',
  kind: 'terraform',
  severity: 'low',
  title: 'GKE control plane accepts connections from any address',
  why: 'Without master authorized networks the Kubernetes API endpoint accepts connections from every address on the internet; authentication still applies, but a leaked credential works from anywhere and every API server flaw is remotely reachable. Clusters with a private endpoint only are not reported.',
  fix: 'Add `master_authorized_networks_config { cidr_blocks { cidr_block = "<admin range>" display_name = "admins" } }` listing your admin, VPN and CI ranges.',
  verify:
    'Run `gcloud container clusters describe <cluster> --format="value(masterAuthorizedNetworksConfig.enabled)"` and check it prints True.',
  references: [
    'CIS Google Kubernetes Engine (GKE) Benchmark 5.6.3',
    'CWE-668',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('google_container_cluster')) {
      const priv = blocksOf(res.values, 'private_cluster_config');
      if (priv === null || priv.some((p) => isTrue(p['enable_private_endpoint']))) continue;
      const man = blocksOf(res.values, 'master_authorized_networks_config');
      if (man === null || man.length > 0) continue;
      reportResource(doc, ctx, {
        res,
        path: 'master_authorized_networks_config',
        message: `${res.address} has no master authorized networks: the API endpoint is open to all addresses`,
      });
    }
  },
});
