import { defineRule } from '../../core/rule.js';
import { limitRangeDefaults, namespaceKey } from './lib/file-set.js';
import { limitProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/resource-limits',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Container has no memory or CPU limit',
  why: "Without a memory limit one leaking or attacked container can use all of a node's memory, and the kernel then kills other pods. Without a CPU limit it can starve neighbours of CPU. Limits turn a single runaway pod into a contained problem (a denial of service stays local).",
  fix: "Add `resources.limits.memory` (and, if your policy uses them, `resources.limits.cpu`) sized from the workload's observed usage, or define a LimitRange with defaults for the namespace.",
  verify:
    "Run `kubectl get pod <pod> -o jsonpath='{.spec.containers[*].resources.limits}'` and check memory (and cpu) are set; watch `kubectl top pod` stays below them.",
  references: [
    'CWE-770',
    'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    'https://kubernetes.io/docs/concepts/policy/limit-range/',
  ],
  fixable: 'suggestion',
  options: {
    memory: { description: 'Memory limit to add, e.g. 512Mi.' },
    cpu: { description: 'CPU limit to add, e.g. 500m.' },
  },
  check(doc, ctx) {
    const defaults = limitRangeDefaults(doc);
    checkPodTemplates(doc, ctx, (pod, ref) => limitProblems(pod, defaults.get(namespaceKey(ref.resource))));
  },
});
