import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'tls/cbc-only',
  kind: 'tls-live',
  severity: 'low',
  title: 'TLS server offers only CBC-mode ciphers',
  why: 'The server speaks TLS 1.2 but refused every AEAD suite (AES-GCM, ChaCha20-Poly1305) and has no TLS 1.3, so every connection uses CBC mode with MAC-then-encrypt, the construction behind padding-oracle attacks such as Lucky13. Modern clients prefer AEAD and some policies require it.',
  fix: 'Enable ECDHE-*-AES128-GCM-SHA256, ECDHE-*-AES256-GCM-SHA384 and ECDHE-*-CHACHA20-POLY1305 (list them first) and enable TLS 1.3 (nginx `ssl_protocols TLSv1.2 TLSv1.3;`).',
  verify:
    'Run `openssl s_client -connect <host>:<port> -tls1_2 -cipher ECDHE-RSA-AES128-GCM-SHA256 </dev/null` and expect a successful handshake; re-run `plumb scan`.',
  references: [
    'CWE-327',
    'https://wiki.mozilla.org/Security/Server_Side_TLS',
    'https://www.rfc-editor.org/rfc/rfc7525',
  ],
  tags: ['live', 'tls'],
  check(doc, ctx) {
    if (doc.cbcOnly !== true) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/ciphers/aead`,
      message: `${doc.path} accepts no AEAD cipher suite over TLS 1.2 and has no TLS 1.3`,
    });
  },
});
