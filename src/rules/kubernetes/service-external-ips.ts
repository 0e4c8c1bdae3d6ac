import { defineRule } from '../../core/rule.js';
import { isPlainObject } from '../../sources/parsers/kubernetes/workloads.js';
import { reportProblems } from './lib/report.js';

export default defineRule({
  id: 'k8s/service-external-ips',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Service claims external IPs',
  why: 'spec.externalIPs makes every node route traffic for those addresses to the Service. Anyone allowed to create Services can use it to capture traffic meant for other hosts (CVE-2020-8554), and it exposes the Service on addresses nobody reviews.',
  fix: 'Remove `spec.externalIPs`; use a LoadBalancer or Ingress instead, and block the field cluster-wide with the DenyServiceExternalIPs admission plugin or a policy.',
  verify: "Run `kubectl get svc -A -o jsonpath='{..externalIPs}'` and check it is empty.",
  references: [
    'CWE-668',
    'https://kubernetes.io/docs/concepts/services-networking/service/#external-ips',
    'https://github.com/kubernetes/kubernetes/issues/97076',
  ],
  check(doc, ctx) {
    for (const r of doc.resources) {
      if (r.kind !== 'Service' || !isPlainObject(r.value.spec)) continue;
      const ips = r.value.spec.externalIPs;
      if (!Array.isArray(ips) || ips.length === 0) continue;
      reportProblems(
        ctx,
        r,
        [],
        [
          {
            at: ['spec', 'externalIPs'],
            logical: 'spec/externalIPs',
            message: `Service "${r.name}" claims external IPs ${ips.map(String).join(', ')}`,
            evidence: ips.map(String).join(', '),
          },
        ],
      );
    }
  },
});
