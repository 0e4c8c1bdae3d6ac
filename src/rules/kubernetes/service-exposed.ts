import { defineRule } from '../../core/rule.js';
import { isPlainObject } from '../../sources/parsers/kubernetes/workloads.js';
import { reportProblems } from './lib/report.js';

/** Annotations that make a cloud load balancer internal (private addresses only). */
const INTERNAL_LB: Readonly<Record<string, RegExp>> = {
  'service.beta.kubernetes.io/aws-load-balancer-internal': /^(?:true|0\.0\.0\.0\/0)$/i,
  'service.beta.kubernetes.io/aws-load-balancer-scheme': /^internal$/i,
  'service.beta.kubernetes.io/azure-load-balancer-internal': /^true$/i,
  'networking.gke.io/load-balancer-type': /^internal$/i,
  'cloud.google.com/load-balancer-type': /^internal$/i,
  'service.beta.kubernetes.io/oci-load-balancer-internal': /^true$/i,
  'service.beta.kubernetes.io/openstack-internal-load-balancer': /^true$/i,
};

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export default defineRule({
  id: 'k8s/service-exposed',
  kind: 'kubernetes',
  severity: 'low',
  title: 'Service is exposed outside the cluster (NodePort or LoadBalancer)',
  why: 'A NodePort opens the port on every node, and a public LoadBalancer gives the Service an internet-facing address. Anything behind it must then be ready for traffic from anywhere, and the exposure is easy to forget.',
  fix: 'Use a ClusterIP Service behind an Ingress or gateway; for a LoadBalancer that must stay, restrict callers with `spec.loadBalancerSourceRanges` or make it internal.',
  verify:
    "Run `kubectl get svc <name> -o jsonpath='{.spec.type} {.spec.loadBalancerSourceRanges}'` and check it is ClusterIP or restricted; try to connect from outside the allowed range.",
  references: [
    'CWE-668',
    'https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types',
  ],
  fixable: 'suggestion',
  options: {
    sourceRanges: { description: 'Comma-separated CIDRs allowed to reach a LoadBalancer Service.' },
  },
  check(doc, ctx) {
    for (const r of doc.resources) {
      if (r.kind !== 'Service' || !isPlainObject(r.value.spec)) continue;
      const spec = r.value.spec;
      if (spec.type === 'NodePort') {
        reportProblems(
          ctx,
          r,
          [],
          [
            {
              at: ['spec', 'type'],
              logical: 'spec/type',
              message: `Service "${r.name}" opens a port on every node (type: NodePort)`,
            },
          ],
        );
        continue;
      }
      if (spec.type !== 'LoadBalancer') continue;
      if (Object.entries(INTERNAL_LB).some(([k, re]) => re.test(r.annotations[k] ?? ''))) continue;
      const ranges = Array.isArray(spec.loadBalancerSourceRanges) ? spec.loadBalancerSourceRanges : [];
      if (ranges.length > 0 && !ranges.some((c) => typeof c === 'string' && OPEN.has(c.trim()))) continue;
      reportProblems(
        ctx,
        r,
        [],
        [
          {
            at: ranges.length > 0 ? ['spec', 'loadBalancerSourceRanges'] : ['spec', 'type'],
            logical: 'spec/type',
            message: `Service "${r.name}" gets a load balancer reachable from any address`,
            suggest: {
              question: `Which client CIDRs may reach Service "${r.name}" (comma-separated)?`,
              option: 'sourceRanges',
              placeholder: '10.0.0.0/8',
              intents: (value) => [
                {
                  op: 'set',
                  map: ['spec'],
                  key: 'loadBalancerSourceRanges',
                  value: value
                    .split(',')
                    .map((s) => s.trim())
                    .filter((s) => s !== ''),
                },
              ],
            },
          },
        ],
      );
    }
  },
});
