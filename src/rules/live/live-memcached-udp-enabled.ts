import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-memcached/udp-enabled',
  kind: 'memcached-live',
  severity: 'medium',
  title: 'Memcached listens on UDP',
  why: 'Memcached over UDP answers small spoofed requests with huge replies, which made it the source of record-breaking DDoS amplification attacks. Almost no client uses UDP; leaving it on turns the server into a weapon against others.',
  fix: 'Start memcached with `-U 0` (or `udp_port 0` / `-U 0` in /etc/memcached.conf) and restart.',
  verify:
    'Run `printf "stats settings\\r\\n" | nc <host> <port> | grep udpport`: it must print `STAT udpport 0`.',
  references: [
    'CWE-406',
    'https://github.com/memcached/memcached/wiki/ReleaseNotes156',
    'https://www.cisa.gov/news-events/alerts/2018/03/01/memcached-ddos-exploitation',
  ],
  tags: ['live', 'exposure'],
  check(doc, ctx) {
    if (doc.udpPort === undefined || doc.udpPort === 0) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} has UDP enabled on port ${doc.udpPort}${doc.udpResponds ? ' and answered a UDP stats request' : ''}`,
      path: `${doc.path}/udp`,
      evidence: `stats settings: udpport ${doc.udpPort}`,
    });
  },
});
