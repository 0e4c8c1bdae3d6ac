import { attributeRule } from '../aws/lib/attribute-rule.js';
import { isFalse } from '../azure/lib/values.js';

export default attributeRule({
  id: 'gcp/gke-shielded-nodes',
  severity: 'medium',
  title: 'GKE shielded nodes are disabled',
  why: "Shielded GKE nodes prove their identity to the control plane with a verifiable boot chain; without them, an attacker who gets a node's bootstrap credentials (for example through the metadata server) can impersonate a node and read the secrets of pods scheduled to it. The provider default is true, so only an explicit false is reported.",
  fix: 'Set `enable_shielded_nodes = true` (or remove it) on the `google_container_cluster`.',
  verify:
    'Run `gcloud container clusters describe <cluster> --format="value(shieldedNodes.enabled)"` and check it prints True.',
  references: [
    'CIS Google Kubernetes Engine (GKE) Benchmark 5.5.5',
    'CWE-290',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes',
  ],
  types: ['google_container_cluster'],
  attr: 'enable_shielded_nodes',
  ok: (v) => !isFalse(v),
  message: (res) => `${res.address} disables shielded GKE nodes`,
  fixValue: 'true',
});
