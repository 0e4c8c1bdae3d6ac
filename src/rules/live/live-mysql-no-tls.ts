import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-mysql/no-tls',
  kind: 'mysql-live',
  severity: 'medium',
  title: 'MySQL/MariaDB does not offer TLS',
  why: 'The server greeting does not advertise TLS (CLIENT_SSL), so every query, result and login exchange crosses the network unencrypted. Anyone on the path can read data, and weak password hashes can be captured and cracked.',
  fix: 'Configure `ssl_cert`, `ssl_key` (and `ssl_ca`) under [mysqld] and restart; then set `require_secure_transport = ON` so clients cannot fall back to plain text. This needs a certificate decision, so plumb does not change it automatically.',
  verify: 'Run `mysql --ssl ... -e "SHOW STATUS LIKE \'Ssl_cipher\'"`: it must show a cipher.',
  references: [
    'CWE-319',
    'https://dev.mysql.com/doc/refman/8.0/en/using-encrypted-connections.html',
    'https://mariadb.com/kb/en/securing-connections-for-client-and-server/',
  ],
  tags: ['live', 'encryption'],
  check(doc, ctx) {
    if (doc.tlsSupported !== false) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} (${doc.serverVersion ?? 'unknown version'}) does not offer TLS`,
      path: `${doc.path}/tls`,
      evidence: 'CLIENT_SSL capability flag absent from the handshake',
    });
  },
});
