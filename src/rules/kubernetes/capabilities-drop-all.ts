import { defineRule } from '../../core/rule.js';
import { dropAllProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/capabilities-drop-all',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Container keeps the default Linux capabilities',
  why: 'Containers start with a default set of capabilities (NET_RAW, CHOWN, SETUID, DAC_OVERRIDE...) that most applications never use. They make attacks such as network spoofing or permission bypasses possible after a compromise. Dropping ALL and adding back only what is needed removes that.',
  fix: 'Add `securityContext.capabilities.drop: [ALL]` to the container, and `add:` only the capabilities the program needs (often none).',
  verify:
    'Run `kubectl exec <pod> -- grep CapEff /proc/1/status` and check it is 0000000000000000 (or only the capabilities you added).',
  references: [
    'CIS Kubernetes Benchmark 5.2.10',
    'CWE-250',
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, dropAllProblems);
  },
});
