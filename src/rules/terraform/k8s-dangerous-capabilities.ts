import { defineRule } from '../../core/rule.js';
import twin from '../kubernetes/dangerous-capabilities.js';
import { addedCapabilityProblems } from '../kubernetes/lib/pod-checks.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-dangerous-capabilities',
  kind: 'terraform',
  severity: 'high',
  title: 'Kubernetes container adds a dangerous Linux capability (Terraform kubernetes provider)',
  why: "Capabilities such as SYS_ADMIN, SYS_MODULE, SYS_PTRACE or NET_ADMIN (or ALL) give root-like powers over the kernel: mounting filesystems, loading modules, reading other processes' memory or rewiring the network. With them, escaping the container is usually easy. The same check as k8s/dangerous-capabilities, for workloads declared with Terraform's kubernetes provider.",
  fix: "Remove the capability from `add = [...]` in the container's `security_context { capabilities { ... } }` block. If the workload needs a specific power, add only that one (for example NET_BIND_SERVICE to bind port 80).",
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.2.9',
    'CIS Kubernetes Benchmark 5.2.8',
    'CWE-250',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, addedCapabilityProblems);
  },
});
