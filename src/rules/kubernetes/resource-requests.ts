import { defineRule } from '../../core/rule.js';
import { limitRangeDefaults, namespaceKey } from './lib/file-set.js';
import { requestProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/resource-requests',
  kind: 'kubernetes',
  severity: 'low',
  title: 'Container has no CPU or memory request',
  why: 'Without requests (and without limits, which requests default to) the scheduler does not know what the container needs: it can pack too many pods on a node, and under pressure the pod is among the first to be evicted. That hurts availability rather than confidentiality.',
  fix: 'Add `resources.requests.cpu` and `resources.requests.memory` sized from observed usage, or a LimitRange with `defaultRequest` for the namespace.',
  verify:
    "Run `kubectl get pod <pod> -o jsonpath='{.status.qosClass}'` and check it is Burstable or Guaranteed, not BestEffort.",
  references: ['CWE-770', 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  fixable: 'suggestion',
  options: {
    memory: { description: 'Memory request to add, e.g. 256Mi.' },
    cpu: { description: 'CPU request to add, e.g. 100m.' },
  },
  check(doc, ctx) {
    const defaults = limitRangeDefaults(doc);
    checkPodTemplates(doc, ctx, (pod, ref) => requestProblems(pod, defaults.get(namespaceKey(ref.resource))));
  },
});
