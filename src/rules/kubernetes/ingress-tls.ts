import { defineRule } from '../../core/rule.js';
import { isPlainObject } from '../../sources/parsers/kubernetes/workloads.js';
import type { Problem } from './lib/problem.js';
import { reportProblems } from './lib/report.js';

/** Annotations with which the load balancer in front terminates TLS without `spec.tls`. */
const TLS_BY_ANNOTATION = [
  'alb.ingress.kubernetes.io/certificate-arn',
  'ingress.gcp.kubernetes.io/pre-shared-cert',
  'networking.gke.io/managed-certificates',
  'service.beta.kubernetes.io/aws-load-balancer-ssl-cert',
];

export default defineRule({
  id: 'k8s/ingress-tls',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Ingress serves plain HTTP (no TLS)',
  why: 'Without a `tls` section the Ingress serves its hosts over plain HTTP: passwords, session cookies and data cross the network readable and modifiable by anyone on the path.',
  fix: 'Add `spec.tls` with the Ingress hosts and a Secret holding the certificate (cert-manager can issue it), so the controller serves HTTPS.',
  verify:
    'Run `curl -vI https://<host>/` and check the certificate is valid for the host; `curl -I http://<host>/` should redirect to HTTPS.',
  references: ['CWE-319', 'https://kubernetes.io/docs/concepts/services-networking/ingress/#tls'],
  fixable: 'suggestion',
  options: {
    secretName: { description: 'Name of the TLS Secret holding the certificate for the Ingress hosts.' },
  },
  check(doc, ctx) {
    for (const r of doc.resources) {
      if (r.kind !== 'Ingress' || !isPlainObject(r.value.spec)) continue;
      if (TLS_BY_ANNOTATION.some((a) => (r.annotations[a] ?? '') !== '')) continue;
      const spec = r.value.spec;
      const rules = Array.isArray(spec.rules) ? spec.rules : [];
      const hosts = rules.map((rule) =>
        isPlainObject(rule) && typeof rule.host === 'string' ? rule.host : null,
      );
      const tls = Array.isArray(spec.tls) ? spec.tls.filter(isPlainObject) : [];
      const problems: Problem[] = [];
      if (tls.length === 0) {
        const named = [...new Set(hosts.filter((h): h is string => h !== null))];
        problems.push({
          at: ['spec'],
          logical: 'spec/tls',
          message: `Ingress "${r.name}" has no TLS section and serves ${named.length > 0 ? named.join(', ') : 'its routes'} over plain HTTP`,
          suggest: {
            question: `Which Secret holds the TLS certificate for Ingress "${r.name}"?`,
            option: 'secretName',
            placeholder: `${r.name || 'ingress'}-tls`,
            intents: (secretName) => [
              {
                op: 'set',
                map: ['spec'],
                key: 'tls',
                value: [named.length > 0 ? { hosts: named, secretName } : { secretName }],
              },
            ],
          },
        });
      } else if (!tls.some((t) => !Array.isArray(t.hosts) || t.hosts.length === 0)) {
        const covered = new Set(tls.flatMap((t) => (Array.isArray(t.hosts) ? t.hosts.map(String) : [])));
        hosts.forEach((host, i) => {
          if (host === null || covered.has(host) || covered.has(`*.${host.split('.').slice(1).join('.')}`))
            return;
          problems.push({
            at: ['spec', 'rules', i, 'host'],
            logical: `spec/rules[${host}]/tls`,
            message: `Ingress "${r.name}" routes ${host} but no TLS entry covers that host`,
            severity: 'low',
          });
        });
      }
      reportProblems(ctx, r, [], problems);
    }
  },
});
