import { defineRule } from '../../core/rule.js';
import { at, hbaAddress, hbaLoopbackOnly, hbaPath } from './lib/pg-facts.js';

export default defineRule({
  id: 'postgres/hba-no-ssl',
  kind: 'pg-hba',
  severity: 'low',
  title: 'pg_hba.conf allows unencrypted connections from the network',
  why: 'A `host` line matches connections with and without TLS, and a `hostnossl` line only matches unencrypted ones. Remote clients that do not insist on TLS then send queries, results and (for some methods) passwords in clear text, and a man in the middle can read or alter them. `hostssl` lines refuse such clients.',
  fix: 'Change `host` (or `hostnossl`) to `hostssl` for remote networks once the server has `ssl = on` and a certificate; clients should use `sslmode=verify-full`.',
  verify:
    "Reload, then check `SELECT type, address FROM pg_hba_file_rules WHERE type IN ('host','hostnossl');` only lists loopback addresses, and `psql \"sslmode=disable host=<server>\"` is refused.",
  references: ['CWE-319', 'https://www.postgresql.org/docs/current/ssl-tcp.html'],
  fixable: 'suggestion',
  options: {
    type: {
      description:
        'Connection type to use instead (`hostssl`, or `hostgssenc` for Kerberos encryption). Needs ssl = on and a server certificate first, or these clients are locked out.',
    },
  },
  check(doc, ctx) {
    for (const r of doc.records) {
      if (!r.reportable || (r.type !== 'host' && r.type !== 'hostnossl')) continue;
      if (r.method === 'reject' || hbaLoopbackOnly(r)) continue;
      const forced = r.type === 'hostnossl';
      ctx.report({
        ...at(r, r.typeRange),
        severity: forced ? 'medium' : 'low',
        message: forced
          ? `hostnossl ${hbaAddress(r)} only accepts unencrypted connections`
          : `host ${hbaAddress(r)} also accepts unencrypted connections (prefer hostssl)`,
        path: `${hbaPath(r)}/type`,
        suggest: {
          question:
            'Is TLS configured on the server (ssl = on) so this line can require it? Which type should it use?',
          option: 'type',
          placeholder: 'hostssl',
          edits: (e, value) => {
            const t = value.trim().toLowerCase();
            return t === 'hostssl' || t === 'hostgssenc' ? e.replace(r.typeRange, t) : null;
          },
        },
      });
    }
  },
});
