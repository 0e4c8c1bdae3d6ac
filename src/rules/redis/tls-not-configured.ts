import { defineRule } from '../../core/rule.js';
import { anchor, at, lastDirective, listening } from './lib/redis-facts.js';

export default defineRule({
  id: 'redis/tls-not-configured',
  kind: 'redis',
  severity: 'low',
  title: 'Redis accepts network clients without TLS',
  why: 'Redis listens beyond the local machine but has no tls-port, so passwords and all data cross the network in clear text. Anyone on the path (a shared VLAN, a compromised container on the same host network) can read them and replay the password.',
  fix: 'Configure TLS (`tls-port 6379`, `port 0`, `tls-cert-file`, `tls-key-file`, `tls-ca-cert-file`) or keep Redis on loopback / a private network segment that only the application can reach.',
  verify:
    'Run `redis-cli --tls --cacert <ca.crt> -h <host> PING` (expects PONG) and check that a plain `redis-cli -h <host> PING` is refused.',
  references: [
    'CWE-319',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/encryption/',
  ],
  check(doc, ctx) {
    if (doc.sentinel || !doc.complete) return;
    const l = listening(doc);
    if (!l.beyondLoopback) return;
    const tls = lastDirective(doc, 'tls-port')?.args[0]?.value;
    if (tls !== undefined && tls !== '0') return;
    ctx.report({
      ...(l.bind ? at(l.bind) : { at: anchor(doc) }),
      message: l.bind
        ? 'Redis listens on network interfaces without TLS (no tls-port)'
        : 'Redis listens on all interfaces (no bind line) without TLS (no tls-port)',
      path: 'tls-port',
    });
  },
});
