import { defineRule } from '../../core/rule.js';
import { addedCapabilityProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/dangerous-capabilities',
  kind: 'kubernetes',
  severity: 'high',
  title: 'Container adds a dangerous Linux capability',
  why: "Capabilities such as SYS_ADMIN, SYS_MODULE, SYS_PTRACE or NET_ADMIN (or ALL) give root-like powers over the kernel: mounting filesystems, loading modules, reading other processes' memory or rewiring the network. With them, escaping the container is usually easy.",
  fix: 'Remove the capability from `securityContext.capabilities.add`. If the workload needs a specific power, add only that one (for example NET_BIND_SERVICE to bind port 80).',
  verify:
    'Run `kubectl exec <pod> -- grep CapEff /proc/1/status` and decode it with `capsh --decode=<value>`; the capability must not be listed.',
  references: [
    'CIS Kubernetes Benchmark 5.2.9',
    'CIS Kubernetes Benchmark 5.2.8',
    'CWE-250',
    'https://man7.org/linux/man-pages/man7/capabilities.7.html',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, addedCapabilityProblems);
  },
});
