import { defineRule } from '../../core/rule.js';
import { seccompProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/seccomp',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Pod runs without a seccomp profile',
  why: "Without a seccomp profile (or with Unconfined) the container may call any of the ~300 Linux system calls, including rarely used ones that are the usual path of kernel exploits. The runtime's default profile blocks those at no cost to normal applications.",
  fix: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a profile you maintain); replace `Unconfined` and the legacy `unconfined` annotation.',
  verify:
    'Run `kubectl exec <pod> -- grep Seccomp /proc/1/status` and check it prints `Seccomp: 2` (filtering).',
  references: [
    'CIS Kubernetes Benchmark 5.7.2',
    'CWE-693',
    'https://kubernetes.io/docs/tutorials/security/seccomp/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, seccompProblems);
  },
});
