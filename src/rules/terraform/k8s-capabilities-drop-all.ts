import { defineRule } from '../../core/rule.js';
import twin from '../kubernetes/capabilities-drop-all.js';
import { dropAllProblems } from '../kubernetes/lib/pod-checks.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-capabilities-drop-all',
  kind: 'terraform',
  severity: 'medium',
  title: 'Kubernetes container keeps the default Linux capabilities (Terraform kubernetes provider)',
  why: "Containers start with a default set of capabilities (NET_RAW, CHOWN, SETUID, DAC_OVERRIDE...) that most applications never use. They make attacks such as network spoofing or permission bypasses possible after a compromise. Dropping ALL and adding back only what is needed removes that. The same check as k8s/capabilities-drop-all, for workloads declared with Terraform's kubernetes provider.",
  fix: 'Add `drop = ["ALL"]` to the container\'s `security_context { capabilities { ... } }` block, and `add` only the capabilities the program needs (often none).',
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.2.10',
    'CWE-250',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, dropAllProblems);
  },
});
