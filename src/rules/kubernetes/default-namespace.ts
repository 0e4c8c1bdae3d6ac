import { defineRule } from '../../core/rule.js';
import { reportProblems } from './lib/report.js';

export default defineRule({
  id: 'k8s/default-namespace',
  kind: 'kubernetes',
  severity: 'low',
  title: 'Object is placed in the default namespace',
  why: 'The default namespace is where everything lands by accident, so quotas, network policies and RBAC are rarely tailored to it. Workloads there share a boundary with whatever else was dropped in, which makes isolation and cleanup harder.',
  fix: 'Create a namespace for the application and set `metadata.namespace` to it.',
  verify: 'Run `kubectl get all -n default` and check only the built-in `kubernetes` Service remains.',
  references: [
    'CIS Kubernetes Benchmark 5.7.4',
    'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
  ],
  fixable: 'suggestion',
  options: { namespace: { description: 'Namespace to move the objects to.' } },
  check(doc, ctx) {
    for (const r of doc.resources) {
      if (r.namespace !== 'default') continue;
      reportProblems(
        ctx,
        r,
        [],
        [
          {
            at: ['metadata', 'namespace'],
            logical: 'metadata/namespace',
            message: `${r.kind} "${r.name}" is placed in the default namespace`,
            suggest: {
              question: 'Which namespace should the objects move to?',
              option: 'namespace',
              placeholder: '<namespace>',
              intents: (ns) => [{ op: 'set', map: ['metadata'], key: 'namespace', value: ns }],
            },
          },
        ],
      );
    }
  },
});
