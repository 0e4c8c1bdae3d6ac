import { defineRule } from '../../core/rule.js';
import { at, lastSetting, pgBool } from './lib/pg-facts.js';

const SETTINGS = ['log_connections', 'log_disconnections'] as const;

export default defineRule({
  id: 'postgres/connection-logging-off',
  kind: 'postgresql-conf',
  severity: 'low',
  title: 'PostgreSQL does not log connections',
  why: 'With log_connections and log_disconnections off (the defaults) the server keeps no record of who connected from where and for how long. After a break-in or a password-guessing run there is then nothing to investigate, and unexpected clients go unnoticed.',
  fix: 'Set `log_connections = on` and `log_disconnections = on`, and make sure log_line_prefix includes the user, database and client (e.g. `%m [%p] %q%u@%d %h `).',
  verify:
    'Reload, open a new connection and check the server log contains "connection authorized: user=..." and, after disconnecting, "disconnection: session time...".',
  references: [
    'CIS PostgreSQL 15 Benchmark 3.1.20',
    'CIS PostgreSQL 15 Benchmark 3.1.21',
    'CWE-778',
    'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-CONNECTIONS',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const name of SETTINGS) {
      const s = lastSetting(doc, name);
      if (s) {
        // PostgreSQL 18 takes a list for log_connections (receipt,authentication,...): only
        // an explicit "off" (or empty list) is reported.
        const off = pgBool(s.value) === false || (name === 'log_connections' && s.value.trim() === '');
        if (!off || !s.reportable) continue;
        ctx.report({
          ...at(s, s.range),
          message: `${name} is off`,
          path: name,
          fix: (e) => e.replace(s.valueRange, s.quoted ? "'on'" : 'on'),
        });
      } else if (doc.complete) {
        ctx.report({
          at: doc.lines.lineRange(1),
          message: `${name} is not set (default off)`,
          path: name,
          fix: (e) => e.appendLines([`${name} = on`]),
        });
      }
    }
  },
});
