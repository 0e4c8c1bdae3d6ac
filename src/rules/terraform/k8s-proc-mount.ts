import { defineRule } from '../../core/rule.js';
import { procMountProblems } from '../kubernetes/lib/pod-checks.js';
import twin from '../kubernetes/proc-mount.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-proc-mount',
  kind: 'terraform',
  severity: 'high',
  title: 'Kubernetes container unmasks /proc (Terraform kubernetes provider)',
  why: '`proc_mount = "Unmasked"` removes the masking the container runtime puts on sensitive /proc paths (such as /proc/kcore or /proc/sysrq-trigger). A process in the container can then read kernel memory details or poke the node\'s kernel. The same check as k8s/proc-mount, for workloads declared with Terraform\'s kubernetes provider (whose released versions may not accept `proc_mount` yet; the rule judges it wherever it is written).',
  fix: 'Remove `proc_mount` from the container\'s `security_context` block, or set `proc_mount = "Default"`.',
  verify: twin.verify,
  references: [
    'CWE-668',
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/pod_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, procMountProblems);
  },
});
