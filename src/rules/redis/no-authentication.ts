import { defineRule } from '../../core/rule.js';
import { anchor, at, defaultUser, listening, reachableFromNetwork, SHA256_HEX } from './lib/redis-facts.js';

export default defineRule({
  id: 'redis/no-authentication',
  kind: 'redis',
  severity: 'high',
  title: 'Redis accepts commands without a password',
  why: 'Without requirepass or an ACL password, every client that can open a connection is the all-powerful default user: it can read and delete all data, and with CONFIG it can write files on the server, which is a well-known way to take over the machine. Internet scanners find open Redis servers within minutes.',
  fix: 'Give the default user a password: `requirepass <long random secret>`, or better an ACL line with a hashed secret such as `user default on #<sha256 of the secret> ~* &* +@all` (or switch the default user off and create named users).',
  verify:
    'Run `redis-cli -h <host> PING`: it must answer `NOAUTH Authentication required`, and `redis-cli --user default --pass <secret> PING` must answer PONG.',
  references: [
    'CWE-306',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/',
  ],
  fixable: 'suggestion',
  options: {
    passwordHash: {
      description:
        'SHA-256 (hex) of the new default-user password, e.g. `echo -n "$SECRET" | sha256sum`. The secret itself never goes into the file.',
    },
  },
  check(doc, ctx) {
    if (doc.sentinel || !doc.complete) return;
    const user = defaultUser(doc);
    // An explicit `user default ... nopass` line is redis/default-user-nopass's finding.
    if (user.unknown || user.line || !user.enabled || !user.nopass) return;
    const exposed = reachableFromNetwork(doc);
    const local = listening(doc).tcpDisabled ? ' (Unix socket only)' : '';
    const where = user.requirepass ? at(user.requirepass) : { at: anchor(doc) };
    ctx.report({
      ...where,
      severity: exposed ? 'critical' : 'high',
      message: exposed
        ? 'no password is required and Redis is reachable from other machines: anyone on the network has full control'
        : `no password is required: any local process can read, change and delete all data${local}`,
      path: 'default-user/password',
      ...(user.requirepass ? { evidence: 'requirepass ""' } : {}),
      suggest: {
        question: 'What is the SHA-256 (hex) of the password the default user should require?',
        option: 'passwordHash',
        placeholder: '<sha256-hex-of-password>',
        edits: (e, value) => {
          const hash = value.toLowerCase();
          if (!SHA256_HEX.test(hash) && value !== '<sha256-hex-of-password>') return null;
          return e.appendLines([`user default on #${hash} ~* &* +@all`]);
        },
      },
    });
  },
});
