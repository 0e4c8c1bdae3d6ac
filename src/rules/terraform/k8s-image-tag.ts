import { defineRule } from '../../core/rule.js';
import twin from '../kubernetes/image-tag.js';
import { imageTagProblems } from '../kubernetes/lib/pod-checks.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-image-tag',
  kind: 'terraform',
  severity: 'medium',
  title: 'Kubernetes container image is not pinned (Terraform kubernetes provider)',
  why: "An image without a tag means :latest, which changes whenever someone pushes. Nodes may then run different code for the same pod, a compromised or broken push rolls out silently, and you cannot tell or roll back what is running. The same check as k8s/image-tag, for workloads declared with Terraform's kubernetes provider.",
  fix: 'Pin `image` to a version tag, or better to a digest (`image = "registry/app@sha256:..."`).',
  verify: twin.verify,
  references: [
    'CWE-494',
    'https://kubernetes.io/docs/concepts/containers/images/#image-names',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1',
  ],
  fixable: 'suggestion',
  options: twin.options ?? {},
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, imageTagProblems);
  },
});
