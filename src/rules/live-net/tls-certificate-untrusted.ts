import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'tls/certificate-untrusted',
  kind: 'tls-live',
  severity: 'medium',
  title: 'TLS certificate is self-signed or does not chain to a trusted root',
  why: 'Clients cannot tell this certificate from one an attacker generated, so users learn to click through warnings and scripts get written with certificate checks turned off, which makes man-in-the-middle attacks invisible. A missing intermediate certificate causes the same failures on some clients.',
  fix: "Use a certificate from a public CA (e.g. Let's Encrypt via ACME) or, for internal services, from your internal CA whose root is distributed to every client; serve the full chain (leaf + intermediates: nginx `ssl_certificate fullchain.pem`).",
  verify:
    'Run `openssl s_client -connect <host>:<port> -servername <name> -verify_return_error </dev/null` and expect `Verify return code: 0 (ok)`; re-run `plumb scan`.',
  references: [
    'CWE-295',
    'CWE-296',
    'https://www.rfc-editor.org/rfc/rfc5280#section-6',
    'https://wiki.mozilla.org/Security/Server_Side_TLS',
  ],
  tags: ['live', 'tls', 'certificate'],
  check(doc, ctx) {
    const cert = doc.certificate;
    if (!cert || cert.trusted) return;
    // Expiry has its own rules; do not report the same certificate twice for it.
    if (
      !cert.selfSigned &&
      (cert.verifyError === 'CERT_HAS_EXPIRED' || cert.verifyError === 'CERT_NOT_YET_VALID')
    )
      return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/certificate/trust`,
      message: cert.selfSigned
        ? `${doc.path} presents a self-signed certificate (${cert.subject})`
        : `${doc.path} certificate does not verify against the trusted roots (${cert.verifyError ?? 'unknown error'})`,
      evidence: `issuer ${cert.issuer}`,
    });
  },
});
