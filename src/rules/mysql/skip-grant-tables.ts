import { defineRule } from '../../core/rule.js';
import { at, effectiveBool } from './lib/mycnf-facts.js';

export default defineRule({
  id: 'mysql/skip-grant-tables',
  kind: 'mysql',
  severity: 'critical',
  title: 'MySQL starts without checking passwords or privileges (skip-grant-tables)',
  why: 'skip-grant-tables makes the server ignore the privilege tables: every client can connect as any user without a password and has full rights over every database. It is meant only for a few minutes of password recovery; left in a config file it silently disables all database security on the next restart.',
  fix: 'Delete the `skip-grant-tables` line and restart the server. If it was added to reset a lost root password, use `ALTER USER` with `--init-file` instead.',
  verify:
    'Restart, then check `SELECT @@skip_grant_tables;` returns 0 (MariaDB/MySQL 8) and that `mysql -u root` without a password is refused.',
  references: [
    'CWE-306',
    'https://dev.mysql.com/doc/refman/8.0/en/server-options.html#option_mysqld_skip-grant-tables',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    const state = effectiveBool(doc, 'skip_grant_tables');
    if (!state?.on || !state.option.reportable) return;
    const o = state.option;
    ctx.report({
      ...at(o, o.range),
      message: `${o.rawName} in [${o.group}] disables all authentication and privilege checks`,
      path: `${o.group}/skip_grant_tables`,
      fix: (e) => e.remove(o.lineSpan as [number, number]),
    });
  },
});
