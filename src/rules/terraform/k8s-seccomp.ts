import { defineRule } from '../../core/rule.js';
import { seccompProblems } from '../kubernetes/lib/pod-checks.js';
import twin from '../kubernetes/seccomp.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-seccomp',
  kind: 'terraform',
  severity: 'medium',
  title: 'Kubernetes pod runs without a seccomp profile (Terraform kubernetes provider)',
  why: "Without a seccomp profile (or with Unconfined) the container may call any of the ~300 Linux system calls, including rarely used ones that are the usual path of kernel exploits. The runtime's default profile blocks those at no cost to normal applications. The same check as k8s/seccomp, for workloads declared with Terraform's kubernetes provider.",
  fix: 'Add `seccomp_profile { type = "RuntimeDefault" }` to the pod\'s `security_context` block (or `Localhost` with a profile you maintain); replace `Unconfined` and the legacy `unconfined` annotation.',
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.7.2',
    'CWE-693',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/pod_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, seccompProblems);
  },
});
