import { defineRule } from '../../core/rule.js';
import { imagePullPolicyProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/image-pull-policy',
  kind: 'kubernetes',
  severity: 'info',
  title: 'Image may be served from the node cache without checking the registry',
  why: 'With imagePullPolicy IfNotPresent or Never and a tag rather than a digest, a node runs whatever image of that name it already has. A stale or tampered cached image is used, and a pod without pull credentials can run a private image another pod pulled.',
  fix: 'Pin the image by digest (then IfNotPresent is safe), or set `imagePullPolicy: Always`.',
  verify:
    "Run `kubectl get pod <pod> -o jsonpath='{.spec.containers[*].imagePullPolicy}'` and check it prints Always, or that the image is pinned by digest.",
  references: ['CWE-494', 'https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy'],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, imagePullPolicyProblems);
  },
});
