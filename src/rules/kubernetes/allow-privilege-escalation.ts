import { defineRule } from '../../core/rule.js';
import { privilegeEscalationProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/allow-privilege-escalation',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Container may gain more privileges than it started with',
  why: 'Unless allowPrivilegeEscalation is false, a process in the container can use setuid binaries or file capabilities to become more powerful than it started (for example, from an app user to root). That turns a small foothold into a bigger one.',
  fix: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
  verify: 'Run `kubectl exec <pod> -- grep NoNewPrivs /proc/1/status` and check it prints `NoNewPrivs: 1`.',
  references: [
    'CIS Kubernetes Benchmark 5.2.6',
    'CWE-269',
    'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, privilegeEscalationProblems);
  },
});
