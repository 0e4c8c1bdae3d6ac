import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-postgres/trust-login',
  kind: 'postgres-live',
  severity: 'critical',
  title: 'PostgreSQL lets anyone log in as the superuser without a password',
  why: 'The server accepted a login as `postgres` without asking for a password (a `trust` line in pg_hba.conf). Anyone who can reach the port is a database superuser: they can read and change all data, and run programs on the server with COPY ... PROGRAM. Default credentials tried by the probe: role `postgres`, database `postgres`, no password (skip with defaultCredentials: false).',
  fix: 'Give the role a strong password (`ALTER ROLE postgres PASSWORD ...`, ideally as a SCRAM verifier) and replace `trust` with `scram-sha-256` on the `host` lines of pg_hba.conf, then reload (`SELECT pg_reload_conf()`). `plumb fix` does both when pg_hba.conf is local and writable, keeping the old file for rollback.',
  verify:
    'Run `psql "host=<host> port=<port> user=postgres dbname=postgres" -w -c "select 1"`: it must fail with "no password supplied", and succeed with the new password.',
  references: [
    'CWE-306',
    'CWE-1392',
    'https://www.postgresql.org/docs/current/auth-trust.html',
    'https://www.postgresql.org/docs/current/auth-pg-hba-conf.html',
  ],
  tags: ['live', 'authentication', 'default-credentials'],
  check(doc, ctx) {
    const login = doc.defaultLogin;
    if (login?.outcome !== 'ok' || login.withPassword) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} accepted a login as "${login.user}" without a password (${login.method ?? 'trust'})`,
      path: `${doc.path}/role/${login.user}/auth`,
      evidence: 'startup as postgres answered AuthenticationOk without a password request',
    });
  },
});
