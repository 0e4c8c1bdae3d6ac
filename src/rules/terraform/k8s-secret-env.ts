import { defineRule } from '../../core/rule.js';
import { secretEnvProblems } from '../kubernetes/lib/pod-checks.js';
import twin from '../kubernetes/secret-env.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-secret-env',
  kind: 'terraform',
  severity: 'high',
  title: 'Credential written as a literal environment value (Terraform kubernetes provider)',
  why: "A password, token or key typed into the Terraform code is stored in Git, in the Terraform state, in the cluster's object history and in every `kubectl get -o yaml`, readable by anyone with read access to any of them. Rotating it means editing code and redeploying. The same check as k8s/secret-env, for workloads declared with Terraform's kubernetes provider.",
  fix: 'Keep the value in a Secret (filled from your secret store, not from a literal) and reference it with `value_from { secret_key_ref { name = "<secret>" key = "<key>" } }` in the `env` block; then rotate the exposed credential.',
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.4.1',
    'CWE-798',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/secret_v1',
  ],
  fixable: 'suggestion',
  options: twin.options ?? {},
  check(doc, ctx) {
    // A variable or reference is not a literal here; secret variable defaults have their own rules.
    checkTerraformPods(doc, ctx, secretEnvProblems, { literalOnly: true });
  },
});
