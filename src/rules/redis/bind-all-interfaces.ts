import { defineRule } from '../../core/rule.js';
import { anchor, at, isWildcardAddress, listening, unauthenticated } from './lib/redis-facts.js';

const PLACEHOLDER = '127.0.0.1 -::1';

export default defineRule({
  id: 'redis/bind-all-interfaces',
  kind: 'redis',
  severity: 'medium',
  title: 'Redis listens on every network interface',
  why: 'Redis without a `bind` line, or bound to 0.0.0.0, * or ::, accepts connections on every interface of the machine, including public ones. The shipped redis.conf binds to 127.0.0.1 -::1 for this reason; the built-in default when the line is missing is all interfaces. Any firewall mistake then exposes the database directly.',
  fix: 'Bind only to the addresses clients use: `bind 127.0.0.1 -::1` when clients run on the same host, or the private interface address (e.g. `bind 10.0.0.5 127.0.0.1`).',
  verify:
    'Run `ss -ltnp | grep 6379` (or `redis-cli CONFIG GET bind`) and check only the intended addresses are listed.',
  references: [
    'CWE-1327',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/#network-security',
  ],
  fixable: 'suggestion',
  options: {
    address: { description: 'Addresses Redis should listen on, space-separated (e.g. `127.0.0.1 -::1`).' },
  },
  check(doc, ctx) {
    if (doc.sentinel) return;
    const l = listening(doc);
    if (l.tcpDisabled) return;
    const severity = unauthenticated(doc) ? 'medium' : 'low';
    const question = 'Which addresses should Redis listen on (space-separated)?';
    const valid = (v: string) => v.trim() !== '' && !/[\r\n#]/.test(v);
    if (l.bind) {
      const bind = l.bind;
      const wild = bind.args.filter((a) => isWildcardAddress(a.value));
      const first = bind.args[0];
      const last = bind.args[bind.args.length - 1];
      if (!bind.reportable || wild.length === 0 || !first || !last) return;
      ctx.report({
        ...at(bind),
        severity,
        message: `bind ${wild.map((a) => a.raw).join(' ')} listens on every interface`,
        path: 'bind',
        suggest: {
          question,
          option: 'address',
          placeholder: PLACEHOLDER,
          edits: (e, value) =>
            valid(value) ? e.replace([first.range.start.offset, last.range.end.offset], value.trim()) : null,
        },
      });
      return;
    }
    if (!doc.complete) return;
    ctx.report({
      at: anchor(doc),
      severity,
      message: 'no bind line: Redis listens on every interface (the built-in default)',
      path: 'bind',
      suggest: {
        question,
        option: 'address',
        placeholder: PLACEHOLDER,
        edits: (e, value) => (valid(value) ? e.appendLines([`bind ${value.trim()}`]) : null),
      },
    });
  },
});
