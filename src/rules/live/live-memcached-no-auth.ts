import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-memcached/no-auth',
  kind: 'memcached-live',
  severity: 'high',
  title: 'Memcached answers without authentication',
  why: 'Memcached answered `stats` with no authentication. Whoever can reach it can read cached data (often sessions, tokens and rendered pages), poison the cache with their own values, or flush it. Memcached has no access control in its text protocol, so exposure is the whole problem.',
  fix: 'Listen only where the application runs (`-l 127.0.0.1` or a private address) and firewall the port; if clients elsewhere need it, enable SASL (`-S`) or TLS with client certificates.',
  verify:
    'From a machine outside the allowed network, `printf "stats\\r\\n" | nc <host> <port>` must not answer; the application must still work.',
  references: [
    'CWE-306',
    'https://github.com/memcached/memcached/wiki/SASLHowto',
    'https://github.com/memcached/memcached/wiki/ConfiguringServer',
  ],
  tags: ['live', 'authentication'],
  check(doc, ctx) {
    if (doc.statsReadable !== true) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} (memcached ${doc.version ?? '?'}) answers stats without authentication`,
      path: `${doc.path}/auth`,
      ...(doc.currentItems !== undefined ? { evidence: `${doc.currentItems} item(s) cached` } : {}),
    });
  },
});
