import { defineRule } from '../../core/rule.js';
import { at, effectiveBool, rewrite } from './lib/mycnf-facts.js';

export default defineRule({
  id: 'mysql/log-raw',
  kind: 'mysql',
  severity: 'medium',
  title: 'MySQL writes passwords to its logs (log-raw)',
  why: 'Normally the server rewrites statements such as CREATE USER ... IDENTIFIED BY so that passwords never reach the general, slow or binary logs. log-raw turns that off: passwords are written in clear text to log files that are often readable by operators, shipped to log platforms and kept for a long time.',
  fix: 'Set `log-raw = OFF` (or delete the line) and rotate existing general/slow logs that may contain passwords.',
  verify:
    "Restart, then check `SHOW GLOBAL VARIABLES LIKE 'log_raw';` is OFF and a `CREATE USER ... IDENTIFIED BY '...'` appears with `<secret>` in the general log.",
  references: ['CWE-532', 'https://dev.mysql.com/doc/refman/8.0/en/password-logging.html'],
  fixable: 'auto',
  check(doc, ctx) {
    const state = effectiveBool(doc, 'log_raw');
    if (!state?.on || !state.option.reportable) return;
    const o = state.option;
    ctx.report({
      ...at(o, o.range),
      message: `${o.rawName}${o.rawValue === null ? '' : `=${o.rawValue}`} in [${o.group}] writes passwords to the logs unmasked`,
      path: `${o.group}/log_raw`,
      fix: (e) => rewrite(e, doc, o, 'log_raw', 'OFF'),
    });
  },
});
