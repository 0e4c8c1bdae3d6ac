import { defineRule } from '../../core/rule.js';
import { unsafeSysctlProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/unsafe-sysctls',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Pod sets an unsafe sysctl',
  why: 'Only a small list of kernel parameters is isolated per pod. Others change kernel behaviour for the whole node, so one pod can weaken or destabilise every workload on it (memory, networking, security limits).',
  fix: 'Remove the sysctl from `securityContext.sysctls`, or move the tuning to the node configuration reviewed by the platform team.',
  verify:
    "Run `kubectl get pod <pod> -o jsonpath='{.spec.securityContext.sysctls}'` and check only safe sysctls (e.g. net.ipv4.ip_local_port_range) remain.",
  references: ['CWE-250', 'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/'],
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, unsafeSysctlProblems);
  },
});
