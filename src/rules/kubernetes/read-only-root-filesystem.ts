import { defineRule } from '../../core/rule.js';
import { readOnlyRootProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/read-only-root-filesystem',
  kind: 'kubernetes',
  severity: 'low',
  title: 'Container root filesystem is writable',
  why: 'With a writable root filesystem an attacker who gets code execution can drop tools, change binaries or plant a backdoor that survives inside the running container. A read-only root makes the container immutable and such changes fail.',
  fix: 'Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` volume on the few paths the program must write to (for example /tmp).',
  verify:
    'Run `kubectl exec <pod> -- touch /probe` and check it fails with "Read-only file system", then check the application still works.',
  references: [
    'CIS Kubernetes Benchmark 5.7.3',
    'CWE-732',
    'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, readOnlyRootProblems);
  },
});
