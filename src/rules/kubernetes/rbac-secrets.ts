import { defineRule } from '../../core/rule.js';
import { secretsAccessProblems } from './lib/rbac-checks.js';
import { reportProblems } from './lib/report.js';
import { rolesOf } from './lib/roles.js';

export default defineRule({
  id: 'k8s/rbac-secrets',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Role can read Secrets',
  why: 'Reading Secrets means reading every password, token and key stored in them, including service account tokens of more powerful accounts. `list` and `watch` return the contents of all Secrets at once; in a ClusterRole that covers every namespace.',
  fix: 'Remove get/list/watch on `secrets`, or limit `get` to the specific Secrets the workload needs with `resourceNames`, in a namespaced Role.',
  verify: 'Run `kubectl auth can-i list secrets --as=<subject> -n <ns>` and check it answers no.',
  references: [
    'CIS Kubernetes Benchmark 5.1.2',
    'CWE-522',
    'https://kubernetes.io/docs/concepts/security/rbac-good-practices/',
  ],
  check(doc, ctx) {
    for (const { resource, clusterWide } of rolesOf(doc))
      reportProblems(ctx, resource, [], secretsAccessProblems(resource.value, clusterWide));
  },
});
