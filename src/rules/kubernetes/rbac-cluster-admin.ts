import { defineRule } from '../../core/rule.js';
import { isPlainObject } from '../../sources/parsers/kubernetes/workloads.js';
import { reportProblems } from './lib/report.js';

export default defineRule({
  id: 'k8s/rbac-cluster-admin',
  kind: 'kubernetes',
  severity: 'high',
  title: 'Subject is bound to cluster-admin',
  why: 'cluster-admin can do anything to any object in the cluster. A workload or user bound to it turns any compromise of that identity (a leaked token, a vulnerable pod) into full control of the cluster and usually of every node.',
  fix: 'Replace the binding with a Role (or ClusterRole) that lists only the permissions the subject needs, bound with a namespaced RoleBinding where possible.',
  verify:
    'Run `kubectl get clusterrolebindings,rolebindings -A -o wide | grep cluster-admin` and check only the built-in bindings remain.',
  references: [
    'CIS Kubernetes Benchmark 5.1.1',
    'CWE-250',
    'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles',
  ],
  check(doc, ctx) {
    for (const r of doc.resources) {
      if (r.kind !== 'ClusterRoleBinding' && r.kind !== 'RoleBinding') continue;
      if (r.name.startsWith('system:')) continue;
      const ref = r.value.roleRef;
      if (!isPlainObject(ref) || ref.kind !== 'ClusterRole' || ref.name !== 'cluster-admin') continue;
      const subjects = Array.isArray(r.value.subjects) ? r.value.subjects : [];
      const who = subjects
        .filter(isPlainObject)
        .map((s) => `${String(s.kind ?? 'subject')} ${String(s.name ?? '?')}`)
        .join(', ');
      const clusterWide = r.kind === 'ClusterRoleBinding';
      reportProblems(
        ctx,
        r,
        [],
        [
          {
            at: ['roleRef', 'name'],
            logical: 'roleRef',
            message: `${r.kind} "${r.name}" grants cluster-admin${clusterWide ? '' : ` within namespace ${r.namespace ?? '(default)'}`}${who ? ` to ${who}` : ''}`,
            severity: clusterWide ? 'high' : 'medium',
          },
        ],
      );
    }
  },
});
