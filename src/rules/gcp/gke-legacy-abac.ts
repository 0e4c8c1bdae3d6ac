import { attributeRule } from '../aws/lib/attribute-rule.js';
import { isTrue } from '../azure/lib/values.js';

export default attributeRule({
  id: 'gcp/gke-legacy-abac',
  severity: 'high',
  title: 'GKE cluster uses legacy ABAC authorization',
  why: 'Legacy attribute-based access control grants broad, static permissions that RBAC cannot narrow: with it on, service accounts and users get far more rights than their RBAC roles say, and a compromised pod can often read secrets or change workloads cluster-wide. The provider default is false.',
  fix: 'Set `enable_legacy_abac = false` (or remove it) after making sure RBAC roles cover what workloads need.',
  verify:
    'Run `gcloud container clusters describe <cluster> --format="value(legacyAbac.enabled)"` and check it is empty or False.',
  references: [
    'CIS Google Kubernetes Engine (GKE) Benchmark 5.8.3',
    'CWE-269',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110',
  ],
  types: ['google_container_cluster'],
  attr: 'enable_legacy_abac',
  ok: (v) => !isTrue(v),
  message: (res) => `${res.address} enables legacy ABAC authorization`,
  fixValue: 'false',
});
