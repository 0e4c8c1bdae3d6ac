import { defineRule } from '../../core/rule.js';
import {
  at,
  firstServerGroup,
  judgesDefaults,
  lastServerOption,
  networkingDisabled,
  separatorOf,
} from './lib/mycnf-facts.js';

const WILDCARD = new Set(['0.0.0.0', '*', '::', '[::]']);

export default defineRule({
  id: 'mysql/bind-all-interfaces',
  kind: 'mysql',
  severity: 'low',
  title: 'MySQL listens on every network interface',
  why: 'bind-address 0.0.0.0, * or :: (and the built-in default when the option is missing) opens the database port on every interface, including public ones. Accounts with weak passwords or host wildcards (`user@%`) are then reachable from anywhere a firewall rule slips.',
  fix: 'Set `bind-address` to the interface clients use: `127.0.0.1` for local applications, or the private address of the database host.',
  verify:
    'Restart, then run `ss -ltnp | grep 3306` (or `SELECT @@bind_address;`) and check only the intended addresses are listed.',
  references: [
    'CWE-1327',
    'https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_bind_address',
  ],
  fixable: 'suggestion',
  options: {
    address: { description: 'Address(es) MySQL should listen on, e.g. `127.0.0.1` or `10.0.0.5`.' },
  },
  check(doc, ctx) {
    if (networkingDisabled(doc)) return;
    const valid = (v: string) => /^[0-9A-Za-z.:,_-]+$/.test(v) && !v.split(',').some((a) => WILDCARD.has(a));
    const o = lastServerOption(doc, 'bind_address');
    if (o) {
      const valueRange = o.valueRange;
      const addresses = (o.value ?? '').split(',').map((a) => a.trim());
      if (!o.reportable || !valueRange || !addresses.some((a) => WILDCARD.has(a))) return;
      ctx.report({
        ...at(o, o.range),
        message: `${o.rawName} = ${o.value} listens on every interface`,
        path: `${o.group}/bind_address`,
        suggest: {
          question: 'Which address(es) should MySQL listen on?',
          option: 'address',
          placeholder: '127.0.0.1',
          edits: (e, value) => (valid(value.trim()) ? e.replace(valueRange, value.trim()) : null),
        },
      });
      return;
    }
    if (!judgesDefaults(doc)) return;
    const group = firstServerGroup(doc);
    if (!group) return;
    ctx.report({
      at: group.range,
      message: `no bind-address in [${group.name}]: the server listens on every interface (the default)`,
      path: 'mysqld/bind_address',
      suggest: {
        question: 'Which address(es) should MySQL listen on?',
        option: 'address',
        placeholder: '127.0.0.1',
        edits: (e, value) =>
          valid(value.trim())
            ? e.insertLinesAfter(group.range, [`bind-address${separatorOf(doc)}${value.trim()}`])
            : null,
      },
    });
  },
});
