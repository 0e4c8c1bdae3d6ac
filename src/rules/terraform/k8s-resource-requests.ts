import { defineRule } from '../../core/rule.js';
import { requestProblems } from '../kubernetes/lib/pod-checks.js';
import twin from '../kubernetes/resource-requests.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';
import { limitRangeDefaults } from './lib/k8s-neighbours.js';

export default defineRule({
  id: 'terraform/k8s-resource-requests',
  kind: 'terraform',
  severity: 'low',
  title: 'Kubernetes container has no CPU or memory request (Terraform kubernetes provider)',
  why: "Without requests (and without limits, which requests default to) the scheduler does not know what the container needs: it can pack too many pods on a node, and under pressure the pod is among the first to be evicted. That hurts availability rather than confidentiality. The same check as k8s/resource-requests, for workloads declared with Terraform's kubernetes provider; a kubernetes_limit_range of the same namespace with default requests or default limits counts.",
  fix: 'Add `resources { requests = { cpu = "100m", memory = "256Mi" } }` to the container, sized from observed usage, or declare a `kubernetes_limit_range_v1` with `default_request` for the namespace.',
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
    checkTerraformPods(doc, ctx, (pod, { namespace }) => requestProblems(pod, defaults.get(namespace)));
  },
});
