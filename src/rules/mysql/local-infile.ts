import { defineRule } from '../../core/rule.js';
import { at, effectiveBool, rewrite } from './lib/mycnf-facts.js';

export default defineRule({
  id: 'mysql/local-infile',
  kind: 'mysql',
  severity: 'medium',
  title: 'MySQL allows LOAD DATA LOCAL INFILE',
  why: 'With local_infile on, SQL can ask the connected client to upload any file it can read. Through SQL injection in a web application, an attacker can make the application read its own files (configuration, keys) into the database; a rogue or compromised server can also pull files from clients. Few applications need it.',
  fix: 'Set `local_infile = 0` in the [mysqld] group (and enable it per session only for the import job that needs it).',
  verify:
    "Restart, then run `SHOW GLOBAL VARIABLES LIKE 'local_infile';` (expects OFF); `LOAD DATA LOCAL INFILE` must fail with an error.",
  references: ['CWE-73', 'https://dev.mysql.com/doc/refman/8.0/en/load-data-local-security.html'],
  fixable: 'auto',
  check(doc, ctx) {
    const state = effectiveBool(doc, 'local_infile');
    if (!state?.on || !state.option.reportable) return;
    const o = state.option;
    ctx.report({
      ...at(o, o.range),
      message: `${o.rawName}${o.rawValue === null ? '' : `=${o.rawValue}`} in [${o.group}] enables LOAD DATA LOCAL INFILE`,
      path: `${o.group}/local_infile`,
      fix: (e) => rewrite(e, doc, o, 'local_infile', '0'),
    });
  },
});
