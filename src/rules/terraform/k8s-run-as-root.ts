import { defineRule } from '../../core/rule.js';
import { runAsRootProblems } from '../kubernetes/lib/pod-checks.js';
import twin from '../kubernetes/run-as-root.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-run-as-root',
  kind: 'terraform',
  severity: 'medium',
  title: 'Kubernetes container may run as root (Terraform kubernetes provider)',
  why: "Without run_as_non_root = true (or a non-zero run_as_user), the container runs as whatever user its image chose, which is root for most images. A compromised root process can rewrite the container, use root-only kernel interfaces and is one kernel bug away from the node. The same check as k8s/run-as-root, for workloads declared with Terraform's kubernetes provider.",
  fix: "Set `run_as_non_root = true` in the pod's `security_context` block (it covers every container), or a non-zero `run_as_user`. Replace an explicit `run_as_user = 0` with an unprivileged uid.",
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.2.7',
    'CWE-250',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/pod_v1',
  ],
  fixable: 'auto',
  options: { uid: { description: 'Non-zero uid to use in place of an explicit `run_as_user = 0`.' } },
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, runAsRootProblems);
  },
});
