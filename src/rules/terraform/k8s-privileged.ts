import { defineRule } from '../../core/rule.js';
import { privilegedProblems } from '../kubernetes/lib/pod-checks.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-privileged',
  kind: 'terraform',
  severity: 'critical',
  title: 'Kubernetes container runs privileged (Terraform kubernetes provider)',
  why: "A privileged container gets every Linux capability and all of the host's devices. Anyone who compromises the application can mount the node's disks, load kernel modules and take over the node and every other pod on it. The same check as k8s/privileged, for workloads declared with Terraform's kubernetes provider.",
  fix: "Set `privileged = false` in the container's `security_context` block (or remove it), and grant only the specific capability the workload needs in `capabilities { add = [...] }`.",
  verify:
    'Run `kubectl get pod <pod> -o jsonpath="{.spec.containers[*].securityContext.privileged}"` and check it does not print true.',
  references: [
    'CIS Kubernetes Benchmark 5.2.2',
    'CWE-250',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, privilegedProblems);
  },
});
