import { defineRule } from '../../core/rule.js';
import { hostNamespaceProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/host-namespaces',
  kind: 'kubernetes',
  severity: 'high',
  title: "Pod shares the node's network, process or IPC namespace",
  why: "hostNetwork, hostPID and hostIPC remove the walls between the pod and the node: the pod can reach services that only listen on the node, see and signal every process on it (including other pods'), or read shared memory. A compromised pod then attacks the node directly.",
  fix: 'Set `hostNetwork`, `hostPID` and `hostIPC` to false (or remove them). Expose ports through a Service instead of the host network.',
  verify:
    "Run `kubectl get pod <pod> -o jsonpath='{.spec.hostNetwork} {.spec.hostPID} {.spec.hostIPC}'` and check none is true.",
  references: [
    'CIS Kubernetes Benchmark 5.2.3',
    'CIS Kubernetes Benchmark 5.2.4',
    'CIS Kubernetes Benchmark 5.2.5',
    'CWE-668',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, hostNamespaceProblems);
  },
});
