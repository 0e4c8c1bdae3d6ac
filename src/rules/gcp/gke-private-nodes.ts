import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isTrue } from '../azure/lib/values.js';

export default defineRule({
  id: 'gcp/gke-private-nodes',
  kind: 'terraform',
  severity: 'medium',
  title: 'GKE nodes have public IP addresses',
  why: 'Without private nodes every node gets an external IP address, so kubelets, NodePort services and anything listening on the host are one firewall mistake away from the internet. Private nodes reach the internet only through Cloud NAT. The provider default is public nodes.',
  fix: 'Add `private_cluster_config { enable_private_nodes = true, master_ipv4_cidr_block = "172.16.0.0/28" }` (a /28 for the control plane) and a Cloud NAT for outbound traffic.',
  verify:
    'Run `gcloud container clusters describe <cluster> --format="value(privateClusterConfig.enablePrivateNodes)"` and check it prints True.',
  references: [
    'CIS Google Kubernetes Engine (GKE) Benchmark 5.6.5',
    'CWE-668',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('google_container_cluster')) {
      const configs = blocksOf(res.values, 'private_cluster_config');
      if (configs === null) continue;
      const c = configs[0];
      const v = c?.['enable_private_nodes'];
      if (isTrue(v) || isUnknown(v)) continue;
      reportResource(doc, ctx, {
        res,
        ...(c ? { obj: c, key: 'enable_private_nodes' } : { key: 'private_cluster_config' }),
        path: 'private_cluster_config/enable_private_nodes',
        message: `${res.address} does not use private nodes: nodes get public IP addresses`,
      });
    }
  },
});
