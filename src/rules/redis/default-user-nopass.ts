import { defineRule } from '../../core/rule.js';
import { at, defaultUser, reachableFromNetwork, SHA256_HEX } from './lib/redis-facts.js';

export default defineRule({
  id: 'redis/default-user-nopass',
  kind: 'redis',
  severity: 'high',
  title: 'Redis default user is enabled with nopass',
  why: 'An ACL line `user default on nopass` explicitly lets every client that does not log in act as the default user without any password. Whatever commands that user is granted are open to anyone who can connect, which usually means all data and often the server itself.',
  fix: 'Replace `nopass` on the `user default` line with a hashed password (`#<sha256 of the secret>`), or switch the default user `off` and give applications named users with their own passwords.',
  verify:
    'Run `redis-cli -h <host> PING` without credentials: it must answer `NOAUTH` (or `WRONGPASS`), and `ACL LIST` must no longer show `nopass` for the default user.',
  references: [
    'CWE-306',
    'CWE-521',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/',
  ],
  fixable: 'suggestion',
  options: {
    passwordHash: {
      description:
        'SHA-256 (hex) of the password the default user should require, e.g. `echo -n "$SECRET" | sha256sum`.',
    },
  },
  check(doc, ctx) {
    if (doc.sentinel) return;
    const user = defaultUser(doc);
    const line = user.line;
    if (!line?.reportable || !user.enabled || !user.nopass) return;
    const nopass = line.args.find((a) => a.value.toLowerCase() === 'nopass');
    if (!nopass) return;
    const exposed = reachableFromNetwork(doc);
    ctx.report({
      ...at(line),
      severity: exposed ? 'critical' : 'high',
      message: exposed
        ? 'the default user needs no password and Redis is reachable from other machines'
        : 'the default user is enabled with nopass: any client that can connect needs no password',
      path: 'acl/user[default]/nopass',
      suggest: {
        question: 'What is the SHA-256 (hex) of the password the default user should require?',
        option: 'passwordHash',
        placeholder: '<sha256-hex-of-password>',
        edits: (e, value) => {
          const hash = value.toLowerCase();
          if (!SHA256_HEX.test(hash) && value !== '<sha256-hex-of-password>') return null;
          return e.replace(nopass.range, `#${hash}`);
        },
      },
    });
  },
});
