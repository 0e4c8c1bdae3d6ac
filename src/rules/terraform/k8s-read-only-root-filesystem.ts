import { defineRule } from '../../core/rule.js';
import { readOnlyRootProblems } from '../kubernetes/lib/pod-checks.js';
import twin from '../kubernetes/read-only-root-filesystem.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-read-only-root-filesystem',
  kind: 'terraform',
  severity: 'low',
  title: 'Kubernetes container root filesystem is writable (Terraform kubernetes provider)',
  why: "With a writable root filesystem an attacker who gets code execution can drop tools, change binaries or plant a backdoor that survives inside the running container. A read-only root makes the container immutable and such changes fail. The provider's default is writable. The same check as k8s/read-only-root-filesystem, for workloads declared with Terraform's kubernetes provider.",
  fix: "Set `read_only_root_filesystem = true` in the container's `security_context` block, and mount an `empty_dir` volume on the few paths the program must write to (for example /tmp).",
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.7.3',
    'CWE-732',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, readOnlyRootProblems);
  },
});
