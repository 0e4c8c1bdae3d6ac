import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-postgres/weak-password-auth',
  kind: 'postgres-live',
  severity: 'medium',
  title: 'PostgreSQL asks for passwords in clear text or with MD5',
  why: 'The server asked the client for a password with the `password` (clear text) or `md5` method. Clear text hands the password to anyone who can watch the connection; MD5 hashes can be replayed and cracked offline. SCRAM-SHA-256 avoids both.',
  fix: 'Set `password_encryption = scram-sha-256`, have users set their passwords again, and change `password`/`md5` to `scram-sha-256` in pg_hba.conf, then reload.',
  verify:
    "Run `SELECT rolname FROM pg_authid WHERE rolpassword LIKE 'md5%'` (no rows) and connect with `psql ... require_auth=scram-sha-256` (PostgreSQL 16 clients).",
  references: ['CWE-319', 'CWE-328', 'https://www.postgresql.org/docs/current/auth-password.html'],
  tags: ['live', 'authentication'],
  check(doc, ctx) {
    for (const login of [doc.defaultLogin, doc.suppliedLogin]) {
      if (!login || (login.method !== 'md5' && login.method !== 'cleartext')) continue;
      ctx.report({
        at: ENDPOINT,
        message: `${doc.path} asks "${login.user}" for a password with ${login.method === 'md5' ? 'MD5' : 'clear-text'} authentication`,
        path: `${doc.path}/role/${login.user}/auth-method`,
        ...(login.method === 'cleartext' && doc.sslOffered === false ? { severity: 'high' as const } : {}),
      });
    }
  },
});
