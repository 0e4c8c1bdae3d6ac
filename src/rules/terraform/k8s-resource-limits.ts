import { defineRule } from '../../core/rule.js';
import { limitProblems } from '../kubernetes/lib/pod-checks.js';
import twin from '../kubernetes/resource-limits.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';
import { limitRangeDefaults } from './lib/k8s-neighbours.js';

export default defineRule({
  id: 'terraform/k8s-resource-limits',
  kind: 'terraform',
  severity: 'medium',
  title: 'Kubernetes container has no memory or CPU limit (Terraform kubernetes provider)',
  why: "Without a memory limit one leaking or attacked container can use all of a node's memory, and the kernel then kills other pods. Without a CPU limit it can starve neighbours of CPU. Limits turn a single runaway pod into a contained problem. The same check as k8s/resource-limits, for workloads declared with Terraform's kubernetes provider; a kubernetes_limit_range of the same namespace with defaults counts.",
  fix: 'Add `resources { limits = { memory = "512Mi" } }` to the container (and `cpu`, if your policy uses CPU limits), sized from the workload\'s observed usage, or declare a `kubernetes_limit_range_v1` with defaults for the namespace.',
  verify: twin.verify,
  references: [
    'CWE-770',
    'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1',
  ],
  fixable: 'suggestion',
  options: twin.options ?? {},
  check(doc, ctx) {
    const defaults = limitRangeDefaults(doc);
    checkTerraformPods(doc, ctx, (pod, { namespace }) => limitProblems(pod, defaults.get(namespace)));
  },
});
