import { defineRule } from '../../core/rule.js';
import { AUTH_METHODS, at, hbaAddress, hbaLoopbackOnly, hbaPath, hbaWorldOpen } from './lib/pg-facts.js';

export default defineRule({
  id: 'postgres/hba-trust',
  kind: 'pg-hba',
  severity: 'critical',
  title: 'pg_hba.conf lets clients in without a password (trust)',
  why: 'The `trust` method accepts a connection as whatever database user the client names, with no password at all. On a host line anyone who can reach the port can log in as the superuser `postgres`, read or change every table and, through COPY ... PROGRAM, run commands on the server. On local lines every operating-system user on the machine can do the same.',
  fix: 'Use `scram-sha-256` for network (host*) lines and `peer` for local socket lines. Before switching, make sure every role that logs in this way has a password (set with `\\password <role>` while password_encryption is scram-sha-256), or those clients will be locked out.',
  verify:
    "Reload (`SELECT pg_reload_conf();`), then check `SELECT * FROM pg_hba_file_rules WHERE auth_method = 'trust';` returns no rows and that `psql -h <host> -U postgres` asks for a password.",
  references: ['CWE-287', 'https://www.postgresql.org/docs/current/auth-trust.html'],
  fixable: 'suggestion',
  options: {
    method: {
      description:
        'Authentication method to use instead of trust (`scram-sha-256` for host lines, `peer` for local lines). A suggestion, not automatic: roles without a password would be locked out.',
    },
  },
  check(doc, ctx) {
    for (const r of doc.records) {
      if (r.method !== 'trust' || !r.reportable) continue;
      const local = hbaLoopbackOnly(r);
      const world = hbaWorldOpen(r);
      const placeholder = r.type === 'local' ? 'peer' : 'scram-sha-256';
      ctx.report({
        ...at(r, r.methodRange),
        severity: local ? 'high' : 'critical',
        message:
          r.type === 'local'
            ? 'local connections use trust: any OS user on the server can log in as any database user'
            : world
              ? `${r.type} ${hbaAddress(r)} uses trust: anyone on the network can log in as any user, no password`
              : local
                ? `${r.type} ${hbaAddress(r)} uses trust: any local process can log in as any database user`
                : `${r.type} ${hbaAddress(r)} uses trust: clients from that network log in without a password`,
        path: `${hbaPath(r)}/method`,
        suggest: {
          question: `Which authentication method should replace trust here (e.g. ${placeholder})? Set passwords for the affected roles first.`,
          option: 'method',
          placeholder,
          edits: (e, value) => {
            const m = value.trim().toLowerCase();
            if (!(AUTH_METHODS as readonly string[]).includes(m)) return null;
            if (m === 'peer' && r.type !== 'local') return null;
            return e.replace(r.methodRange, m);
          },
        },
      });
    }
  },
});
