import { defineRule } from '../../core/rule.js';
import twin from '../kubernetes/allow-privilege-escalation.js';
import { privilegeEscalationProblems } from '../kubernetes/lib/pod-checks.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-allow-privilege-escalation',
  kind: 'terraform',
  severity: 'medium',
  title: 'Kubernetes container may gain more privileges than it started with (Terraform kubernetes provider)',
  why: "Unless allow_privilege_escalation is false, a process in the container can use setuid binaries or file capabilities to become more powerful than it started, for example from an app user to root. That turns a small foothold into a bigger one. The provider's default is true, so leaving the setting out allows it. The same check as k8s/allow-privilege-escalation, for workloads declared with Terraform's kubernetes provider.",
  fix: "Set `allow_privilege_escalation = false` in every container's `security_context` block.",
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.2.6',
    'CWE-269',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, privilegeEscalationProblems);
  },
});
