import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'tls/certificate-name-mismatch',
  kind: 'tls-live',
  severity: 'medium',
  title: 'TLS certificate does not cover the host name',
  why: 'The certificate was issued for other names than the one clients use, so browsers show a warning and correct clients refuse to connect; clients that do connect anyway have disabled the very check that stops impostors.',
  fix: 'Issue a certificate whose subjectAltName includes the exact host name (or a matching wildcard), and make the server present it for this name (SNI: a server block/VirtualHost per name).',
  verify:
    'Run `openssl s_client -connect <host>:<port> -servername <name> -verify_hostname <name> </dev/null` and check there is no hostname mismatch; re-run `plumb scan`.',
  references: [
    'CWE-297',
    'https://www.rfc-editor.org/rfc/rfc6125',
    'https://www.rfc-editor.org/rfc/rfc2818#section-3.1',
  ],
  tags: ['live', 'tls', 'certificate'],
  check(doc, ctx) {
    if (doc.nameMatches !== false || !doc.certificate || !doc.servername) return;
    const names =
      doc.certificate.altNames.length > 0 ? doc.certificate.altNames : [doc.certificate.commonName ?? '?'];
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/certificate/name`,
      message: `${doc.path} certificate is not valid for ${doc.servername} (covers ${names.slice(0, 5).join(', ')})`,
    });
  },
});
