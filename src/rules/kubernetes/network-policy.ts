import { defineRule } from '../../core/rule.js';
import type { K8sResource } from '../../sources/parsers/kubernetes/kubernetes-document.js';
import { podTemplates } from '../../sources/parsers/kubernetes/workloads.js';
import { namespaceKey } from './lib/file-set.js';

export default defineRule({
  id: 'k8s/network-policy',
  kind: 'kubernetes',
  severity: 'low',
  title: 'Namespace has no NetworkPolicy in these manifests',
  why: 'Without a NetworkPolicy every pod can talk to every other pod in the cluster. One compromised pod can then reach databases, admin interfaces and internal APIs of unrelated applications. This check only sees the manifests of one file, so the policy may live elsewhere.',
  fix: 'Add a default-deny NetworkPolicy for the namespace (`podSelector: {}` with `policyTypes: [Ingress, Egress]`) and allow the flows the application needs.',
  verify:
    'Run `kubectl get networkpolicy -n <namespace>` and check a default-deny policy exists; test that a pod from another namespace can no longer connect.',
  references: [
    'CIS Kubernetes Benchmark 5.3.2',
    'CWE-923',
    'https://kubernetes.io/docs/concepts/services-networking/network-policies/',
  ],
  check(doc, ctx) {
    const covered = new Set(doc.resources.filter((r) => r.kind === 'NetworkPolicy').map(namespaceKey));
    const seen = new Set<string>();
    const judge = (key: string, at: K8sResource, path: readonly (string | number)[]) => {
      if (covered.has(key) || seen.has(key)) return;
      seen.add(key);
      const shown = key === '' ? 'the target namespace' : `namespace "${key}"`;
      ctx.report({
        at: at.source.entryRange([...at.basePath, ...path]),
        message: `${shown} has no NetworkPolicy in this file, so its pods accept traffic from anywhere in the cluster`,
        path: `Namespace/${key === '' ? 'default' : key}/NetworkPolicy`,
      });
    };
    for (const r of doc.resources) {
      if (r.kind === 'Namespace' && r.name !== '') judge(r.name, r, ['metadata', 'name']);
    }
    for (const { resource } of podTemplates(doc)) {
      judge(
        namespaceKey(resource),
        resource,
        resource.namespace ? ['metadata', 'namespace'] : ['metadata', 'name'],
      );
    }
  },
});
