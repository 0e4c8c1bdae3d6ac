import { defineRule } from '../../core/rule.js';
import { appArmorProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/apparmor',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Container runs AppArmor-unconfined',
  why: "The runtime's default AppArmor profile blocks writes to sensitive kernel interfaces and mounts from inside the container. Turning it off (unconfined) removes a layer that stops many container escapes.",
  fix: 'Use the runtime default profile: `securityContext.appArmorProfile.type: RuntimeDefault`, or the legacy annotation value `runtime/default` (or a `localhost/<profile>` you maintain).',
  verify:
    'Run `kubectl exec <pod> -- cat /proc/1/attr/current` and check it names a profile (e.g. cri-containerd.apparmor.d (enforce)), not "unconfined".',
  references: [
    'CIS Kubernetes Benchmark 5.7.3',
    'CWE-693',
    'https://kubernetes.io/docs/tutorials/security/apparmor/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, appArmorProblems);
  },
});
