import { defineRule } from '../../core/rule.js';
import twin from '../kubernetes/image-pull-policy.js';
import { imagePullPolicyProblems } from '../kubernetes/lib/pod-checks.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-image-pull-policy',
  kind: 'terraform',
  severity: 'info',
  title: 'Kubernetes image may be served from the node cache (Terraform kubernetes provider)',
  why: "With `image_pull_policy` IfNotPresent or Never and a tag rather than a digest, a node runs whatever image of that name it already has. A stale or tampered cached image is used, and a pod without pull credentials can run a private image another pod pulled. The same check as k8s/image-pull-policy, for workloads declared with Terraform's kubernetes provider.",
  fix: 'Pin `image` by digest (then IfNotPresent is safe), or set `image_pull_policy = "Always"` in the container block.',
  verify: twin.verify,
  references: [
    'CWE-494',
    'https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, imagePullPolicyProblems);
  },
});
