import { defineRule } from '../../core/rule.js';
import { at, hbaPath } from './lib/pg-facts.js';

export default defineRule({
  id: 'postgres/hba-md5',
  kind: 'pg-hba',
  severity: 'medium',
  title: 'pg_hba.conf uses md5 authentication',
  why: 'The md5 method relies on MD5 password hashes: a stolen hash (from a backup, pg_authid, a replica) is enough to log in without knowing the password, and captured handshakes can be brute-forced quickly. scram-sha-256 fixes both and is the default since PostgreSQL 14; md5 is deprecated.',
  fix: 'Replace `md5` with `scram-sha-256`. This is safe for roles whose password is already stored as SCRAM (the default since PostgreSQL 14); roles still holding an MD5 hash must set their password again first.',
  verify:
    "Run `SELECT rolname FROM pg_authid WHERE rolpassword LIKE 'md5%';` (must be empty before reloading), reload, and check clients still connect.",
  references: ['CWE-328', 'https://www.postgresql.org/docs/current/auth-password.html'],
  fixable: 'auto',
  check(doc, ctx) {
    for (const r of doc.records) {
      if (r.method !== 'md5' || !r.reportable) continue;
      ctx.report({
        ...at(r, r.methodRange),
        message: 'md5 authentication: prefer scram-sha-256',
        path: `${hbaPath(r)}/method`,
        fix: (e) => e.replace(r.methodRange, 'scram-sha-256'),
      });
    }
  },
});
