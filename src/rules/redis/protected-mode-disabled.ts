import { defineRule } from '../../core/rule.js';
import { at, defaultUser, lastDirective, listening, yesNo } from './lib/redis-facts.js';

export default defineRule({
  id: 'redis/protected-mode-disabled',
  kind: 'redis',
  severity: 'high',
  title: 'Redis protected mode is switched off',
  why: 'Protected mode is the safety net that makes a Redis without a password refuse connections from other machines. With `protected-mode no` and no password, the server answers anyone who can reach its port, and attackers routinely use such servers to wipe data or plant SSH keys and cron jobs.',
  fix: 'Set `protected-mode yes`. Remote clients then have to authenticate, so give the default user a password (requirepass or an ACL user) if other machines must connect.',
  verify:
    'Run `redis-cli CONFIG GET protected-mode` (expects `yes`), and from another host `redis-cli -h <host> PING` must fail with DENIED or NOAUTH.',
  references: [
    'CWE-1188',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/#protected-mode',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    if (doc.sentinel) return;
    const d = lastDirective(doc, 'protected-mode');
    const value = d?.args[0];
    if (!d?.reportable || !value || yesNo(d) !== false) return;
    const user = defaultUser(doc);
    // With a password (or an ACL file we cannot read) protected mode has nothing to protect.
    if (user.unknown || !user.enabled || !user.nopass) return;
    if (listening(doc).tcpDisabled) return;
    ctx.report({
      ...at(d),
      message: 'protected-mode is off while the default user needs no password',
      path: 'protected-mode',
      fix: (e) => e.replace(value.range, 'yes'),
    });
  },
});
