import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'tls/certificate-expired',
  kind: 'tls-live',
  severity: 'high',
  title: 'TLS certificate has expired',
  why: 'Browsers and API clients refuse an expired certificate, so users see a full-page warning or integrations fail. People who click through such warnings can no longer tell your server from an impostor.',
  fix: 'Renew the certificate (ACME/certbot: `certbot renew`; your CA otherwise), install it with its intermediate chain, reload the server, and automate renewal with monitoring at 30 days before expiry.',
  verify:
    'Run `openssl s_client -connect <host>:<port> -servername <name> </dev/null 2>/dev/null | openssl x509 -noout -enddate` and check the date is in the future; re-run `plumb scan`.',
  references: [
    'CWE-298',
    'https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5',
    'https://letsencrypt.org/docs/integration-guide/',
  ],
  tags: ['live', 'tls', 'certificate'],
  check(doc, ctx) {
    const cert = doc.certificate;
    if (!cert) return;
    const now = Date.parse(doc.observedAt);
    if (Date.parse(cert.validTo) >= now) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/certificate/validity`,
      message: `${doc.path} certificate expired on ${cert.validTo.slice(0, 10)}`,
      evidence: `subject ${cert.subject}, notAfter ${cert.validTo}`,
    });
  },
});
