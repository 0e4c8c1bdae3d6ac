import { defineRule } from '../../core/rule.js';
import twin from '../kubernetes/apparmor.js';
import { appArmorProblems } from '../kubernetes/lib/pod-checks.js';
import type { Problem } from '../kubernetes/lib/problem.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

/**
 * The provider's security_context blocks have no `app_armor_profile`: the pod template's
 * annotations are the only way it sets a profile, so only those are judged.
 */
const fromAnnotation = (p: Problem) => p.at[0] === 'metadata';

export default defineRule({
  id: 'terraform/k8s-apparmor',
  kind: 'terraform',
  severity: 'medium',
  title: 'Kubernetes container runs AppArmor-unconfined (Terraform kubernetes provider)',
  why: "The runtime's default AppArmor profile blocks writes to sensitive kernel interfaces and mounts from inside the container. Turning it off (unconfined) removes a layer that stops many container escapes. The same check as k8s/apparmor, for workloads declared with Terraform's kubernetes provider, where the pod template's `container.apparmor.security.beta.kubernetes.io/<container>` annotation sets the profile (the provider's `security_context` has no AppArmor field).",
  fix: 'Set the annotation to `"runtime/default"` (or `"localhost/<profile>"` for a profile you maintain) in the pod template\'s `metadata { annotations = { ... } }`.',
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.7.3',
    'CWE-693',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, (pod) => appArmorProblems(pod).filter(fromAnnotation));
  },
});
