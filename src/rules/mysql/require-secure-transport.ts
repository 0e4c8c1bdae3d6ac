import { defineRule } from '../../core/rule.js';
import {
  at,
  effectiveBool,
  firstServerGroup,
  judgesDefaults,
  networkingDisabled,
  rewrite,
  separatorOf,
} from './lib/mycnf-facts.js';

export default defineRule({
  id: 'mysql/require-secure-transport',
  kind: 'mysql',
  severity: 'low',
  title: 'MySQL accepts unencrypted client connections',
  why: 'Unless require_secure_transport is ON, clients may connect over TCP without TLS, and a client that is misconfigured (or downgraded by an attacker in the middle) sends its queries, results and login exchange unencrypted across the network.',
  fix: 'Set `require_secure_transport = ON` in [mysqld] once the server has a certificate (MySQL 8 creates one automatically) and clients use `ssl-mode=VERIFY_IDENTITY` or at least REQUIRED.',
  verify:
    "Restart, then check `SHOW GLOBAL VARIABLES LIKE 'require_secure_transport';` is ON and `mysql --ssl-mode=DISABLED -h <host>` is refused.",
  references: [
    'CWE-319',
    'https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_require_secure_transport',
  ],
  fixable: 'suggestion',
  options: {
    enable: {
      description: 'Answer `ON` once TLS works for every client; clients without TLS are refused afterwards.',
    },
  },
  check(doc, ctx) {
    if (networkingDisabled(doc)) return;
    const state = effectiveBool(doc, 'require_secure_transport');
    const ok = (v: string) => v.trim().toUpperCase() === 'ON';
    if (state) {
      const o = state.option;
      if (state.on !== false || !o.reportable) return;
      ctx.report({
        ...at(o, o.range),
        message: `${o.rawName} is off in [${o.group}]: clients may connect without TLS`,
        path: `${o.group}/require_secure_transport`,
        suggest: {
          question: 'Do all clients connect with TLS? Answer ON to require it.',
          option: 'enable',
          placeholder: 'ON',
          edits: (e, value) => (ok(value) ? rewrite(e, doc, o, 'require_secure_transport', 'ON') : null),
        },
      });
      return;
    }
    if (!judgesDefaults(doc)) return;
    const group = firstServerGroup(doc);
    if (!group) return;
    ctx.report({
      at: group.range,
      message: `require_secure_transport is not set in [${group.name}] (default OFF): clients may connect without TLS`,
      path: 'mysqld/require_secure_transport',
      suggest: {
        question: 'Do all clients connect with TLS? Answer ON to require it.',
        option: 'enable',
        placeholder: 'ON',
        edits: (e, value) =>
          ok(value)
            ? e.insertLinesAfter(group.range, [`require_secure_transport${separatorOf(doc)}ON`])
            : null,
      },
    });
  },
});
