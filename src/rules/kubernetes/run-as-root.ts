import { defineRule } from '../../core/rule.js';
import { runAsRootProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/run-as-root',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Container may run as root',
  why: 'Without runAsNonRoot: true (or a non-zero runAsUser), the container runs as whatever user its image chose, which is root for most images. A compromised root process can rewrite the container, use root-only kernel interfaces and is one kernel bug away from the node.',
  fix: 'Set `securityContext.runAsNonRoot: true` on the pod (it covers every container), or a non-zero `runAsUser`. Replace an explicit `runAsUser: 0` with an unprivileged uid.',
  verify:
    'Run `kubectl exec <pod> -c <container> -- id -u` and check it prints a non-zero uid; with runAsNonRoot the kubelet also refuses to start an image that would run as root.',
  references: [
    'CIS Kubernetes Benchmark 5.2.7',
    'CWE-250',
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  ],
  fixable: 'auto',
  options: { uid: { description: 'Non-zero uid to use in place of an explicit `runAsUser: 0`.' } },
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, runAsRootProblems);
  },
});
