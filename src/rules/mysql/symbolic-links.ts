import { defineRule } from '../../core/rule.js';
import { at, effectiveBool, rewrite } from './lib/mycnf-facts.js';

export default defineRule({
  id: 'mysql/symbolic-links',
  kind: 'mysql',
  severity: 'medium',
  title: 'MySQL follows symbolic links for table files',
  why: 'With symbolic-links enabled, tables can be created with DATA DIRECTORY / INDEX DIRECTORY pointing anywhere, and the server follows symlinks in its data directory. A database user with CREATE privileges (or someone who can place a link) can then make the server overwrite or expose files outside the data directory.',
  fix: 'Set `symbolic-links = 0` (or `skip-symbolic-links`) in [mysqld]. MySQL 8 disables it by default and deprecates the option; MariaDB still enables it by default.',
  verify: "Restart, then check `SHOW VARIABLES LIKE 'have_symlink';` shows DISABLED.",
  references: ['CWE-59', 'https://dev.mysql.com/doc/refman/8.0/en/symbolic-links-to-tables.html'],
  fixable: 'auto',
  check(doc, ctx) {
    const state = effectiveBool(doc, 'symbolic_links');
    if (!state?.on || !state.option.reportable) return;
    const o = state.option;
    ctx.report({
      ...at(o, o.range),
      message: `${o.rawName}${o.rawValue === null ? '' : `=${o.rawValue}`} in [${o.group}] enables symbolic links for table files`,
      path: `${o.group}/symbolic_links`,
      fix: (e) => rewrite(e, doc, o, 'symbolic_links', '0'),
    });
  },
});
