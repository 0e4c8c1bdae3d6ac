import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-postgres/ssl-off',
  kind: 'postgres-live',
  severity: 'medium',
  title: 'PostgreSQL does not offer TLS',
  why: 'The server answered the SSL request with "N": every query, result and (with md5 or password auth) every login travels in clear text. Anyone on the network path can read the data and, with cleartext passwords, reuse the credentials.',
  fix: 'Install a certificate and key and set `ssl = on` (with `ssl_cert_file`/`ssl_key_file`) in postgresql.conf, reload, then use `hostssl` lines in pg_hba.conf so clients must use TLS. This needs a certificate decision, so plumb does not change it automatically.',
  verify:
    'Run `psql "host=<host> port=<port> sslmode=require ..."`: the connection must succeed and `SHOW ssl` must print `on`.',
  references: ['CWE-319', 'https://www.postgresql.org/docs/current/ssl-tcp.html'],
  tags: ['live', 'encryption'],
  check(doc, ctx) {
    if (doc.sslOffered !== false) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} refused the SSL request: connections are unencrypted`,
      path: `${doc.path}/ssl`,
      evidence: "SSLRequest answered 'N'",
    });
  },
});
