import { defineRule } from '../../core/rule.js';
import type { WeakCategory } from '../../sources/live/tls/cipher-suites.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

const WHAT: Record<WeakCategory, { label: string; severity: 'high' | 'medium' }> = {
  null: { label: 'NULL (no encryption)', severity: 'high' },
  export: { label: 'EXPORT-grade (40/56-bit)', severity: 'high' },
  anonymous: { label: 'anonymous (unauthenticated) key exchange', severity: 'high' },
  des: { label: 'single DES', severity: 'high' },
  rc4: { label: 'RC4', severity: 'high' },
  '3des': { label: '3DES (64-bit block, Sweet32)', severity: 'medium' },
};

export default defineRule({
  id: 'tls/weak-cipher',
  kind: 'tls-live',
  severity: 'high',
  title: 'Server accepts weak TLS cipher suites',
  why: 'The server agreed to a cipher suite from a broken family when a client offered nothing else: NULL suites send data in clear text, anonymous suites let anyone impersonate the server, EXPORT/DES/RC4 can be broken in practice, and 3DES leaks data on long connections (Sweet32). An attacker in the middle can force such a suite on old or misconfigured clients.',
  fix: 'Restrict the suite list to forward-secret AEAD suites, e.g. Mozilla "intermediate": nginx `ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;` (Apache `SSLCipherSuite` with the same list), and never include `aNULL`, `eNULL`, `EXPORT`, `RC4`, `DES` or `3DES`.',
  verify:
    'Run `openssl s_client -connect <host>:<port> -cipher "aNULL:eNULL:3DES:@SECLEVEL=0" -tls1_2 </dev/null`: the handshake must fail; re-run `plumb scan`.',
  references: [
    'CWE-327',
    'CWE-326',
    'https://wiki.mozilla.org/Security/Server_Side_TLS',
    'https://www.rfc-editor.org/rfc/rfc7465',
    'https://sweet32.info/',
  ],
  tags: ['live', 'tls'],
  check(doc, ctx) {
    const seen = new Set<WeakCategory>();
    for (const w of doc.weakSuites) {
      if (seen.has(w.category)) continue;
      seen.add(w.category);
      const what = WHAT[w.category];
      ctx.report({
        at: ENDPOINT,
        path: `${doc.path}/ciphers/${w.category}`,
        severity: what.severity,
        message: `${doc.path} accepts ${what.label} cipher suites (${w.suite} over ${w.version})`,
      });
    }
  },
});
