import { defineRule } from '../../core/rule.js';
import { at, hbaAddress, hbaPath, hbaWorldOpen } from './lib/pg-facts.js';

/** Methods that do not rest on something the client can guess (trust is its own rule). */
const NOT_GUESSABLE = new Set(['trust', 'reject', 'cert', 'gss', 'sspi']);

export default defineRule({
  id: 'postgres/hba-world-open',
  kind: 'pg-hba',
  severity: 'medium',
  title: 'pg_hba.conf accepts password logins from any address',
  why: 'A host line for 0.0.0.0/0, ::/0 or `all` lets every machine on the internet try to log in. The database is then one leaked or guessed password away from a breach, and it is exposed to password spraying and to any future authentication bug. Limiting the line to the networks that really connect shrinks that to the application servers.',
  fix: 'Replace the address with the networks your clients use, e.g. `10.0.0.0/8` or the application subnet; add one line per network if needed.',
  verify:
    'Reload, then check `SELECT line_number, address FROM pg_hba_file_rules;` shows no 0.0.0.0/0, ::/0 or all, and that a client from another network is refused with "no pg_hba.conf entry".',
  references: ['CWE-284', 'https://www.postgresql.org/docs/current/auth-pg-hba-conf.html'],
  fixable: 'suggestion',
  options: {
    cidr: { description: 'Client network (CIDR) the line should allow instead, e.g. `10.20.0.0/16`.' },
  },
  check(doc, ctx) {
    for (const r of doc.records) {
      if (!r.reportable || !r.address || NOT_GUESSABLE.has(r.method) || !hbaWorldOpen(r)) continue;
      const address = r.address;
      const end = r.mask ? r.mask.range.end.offset : address.range.end.offset;
      ctx.report({
        ...at(r, address.range),
        message: `${r.type} ${hbaAddress(r)} accepts ${r.method} logins from any address`,
        path: `${hbaPath(r)}/address`,
        suggest: {
          question: 'Which client network (CIDR) should this line allow instead?',
          option: 'cidr',
          placeholder: '10.0.0.0/8',
          edits: (e, value) => {
            const v = value.trim();
            if (!/^[0-9a-fA-F.:]+\/\d{1,3}$/.test(v) || /\/0$/.test(v)) return null;
            return e.replace([address.range.start.offset, end], v);
          },
        },
      });
    }
  },
});
