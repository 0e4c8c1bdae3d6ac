import { defineRule } from '../../core/rule.js';
import { privilegedProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/privileged',
  kind: 'kubernetes',
  severity: 'critical',
  title: 'Container runs privileged',
  why: "A privileged container gets every Linux capability and all of the host's devices. Anyone who compromises the application can mount the node's disks, load kernel modules and take over the node and every other pod on it.",
  fix: 'Set `securityContext.privileged: false` on the container (or remove the line), and grant only the specific capability the workload really needs.',
  verify:
    'Run `kubectl get pod <pod> -o jsonpath="{.spec.containers[*].securityContext.privileged}"` and check it does not print true; a `restricted` Pod Security admission label on the namespace will also reject the pod if it is still privileged.',
  references: [
    'CIS Kubernetes Benchmark 5.2.2',
    'CWE-250',
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, privilegedProblems);
  },
});
