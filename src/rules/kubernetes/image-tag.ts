import { defineRule } from '../../core/rule.js';
import { imageTagProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/image-tag',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Container image is not pinned (no tag or :latest)',
  why: 'An image without a tag means :latest, which changes whenever someone pushes. Nodes may then run different code for the same pod, a compromised or broken push rolls out silently, and you cannot tell or roll back what is running.',
  fix: 'Pin the image to a version tag, or better to a digest (`image: registry/app@sha256:...`).',
  verify:
    "Run `kubectl get pod <pod> -o jsonpath='{.spec.containers[*].image}'` and check every image has a version tag or digest.",
  references: ['CWE-494', 'https://kubernetes.io/docs/concepts/containers/images/#image-names'],
  fixable: 'suggestion',
  options: { tag: { description: 'Version tag (or sha256 digest) to pin the image to.' } },
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, imageTagProblems);
  },
});
