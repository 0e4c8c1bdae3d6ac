import { defineRule } from '../../core/rule.js';
import { procMountProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/proc-mount',
  kind: 'kubernetes',
  severity: 'high',
  title: 'Container unmasks /proc',
  why: "procMount: Unmasked removes the masking the runtime puts on sensitive /proc paths (such as /proc/kcore or /proc/sysrq-trigger). A process in the container can then read kernel memory details or poke the node's kernel.",
  fix: 'Remove `procMount` or set `securityContext.procMount: Default`.',
  verify:
    "Run `kubectl get pod <pod> -o jsonpath='{.spec.containers[*].securityContext.procMount}'` and check it prints nothing or Default.",
  references: ['CWE-668', 'https://kubernetes.io/docs/concepts/security/pod-security-standards/'],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, procMountProblems);
  },
});
