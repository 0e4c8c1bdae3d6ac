import { defineRule } from '../../core/rule.js';
import { shareProcessNamespaceProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/share-process-namespace',
  kind: 'kubernetes',
  severity: 'low',
  title: 'Containers of the pod share one process namespace',
  why: "With shareProcessNamespace every container of the pod sees the others' processes, can signal them and can read their environment and files through /proc. A compromised sidecar then reaches the main application's secrets.",
  fix: 'Set `shareProcessNamespace: false` (or remove it) unless a debugging or sidecar pattern truly needs it.',
  verify:
    "Run `kubectl exec <pod> -c <container> -- ps ax` and check only that container's own processes are listed.",
  references: [
    'CWE-668',
    'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, shareProcessNamespaceProblems);
  },
});
