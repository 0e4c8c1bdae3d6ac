import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'tls/certificate-not-yet-valid',
  kind: 'tls-live',
  severity: 'high',
  title: 'TLS certificate is not valid yet',
  why: "The certificate's notBefore date is in the future, so clients reject it exactly like an expired one. It usually means a certificate was installed too early, was issued with a wrong clock, or the server clock is wrong.",
  fix: 'Install a certificate whose validity has started (re-issue it if needed) and check the clocks of the server and of the issuing system (NTP).',
  verify:
    'Run `openssl s_client -connect <host>:<port> </dev/null 2>/dev/null | openssl x509 -noout -startdate` and check the date is in the past; re-run `plumb scan`.',
  references: ['CWE-298', 'https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5'],
  tags: ['live', 'tls', 'certificate'],
  check(doc, ctx) {
    const cert = doc.certificate;
    if (!cert || Date.parse(cert.validFrom) <= Date.parse(doc.observedAt)) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/certificate/validity`,
      message: `${doc.path} certificate is not valid before ${cert.validFrom.slice(0, 10)}`,
    });
  },
});
