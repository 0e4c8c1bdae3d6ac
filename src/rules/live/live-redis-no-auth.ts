import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-redis/no-auth',
  kind: 'redis-live',
  severity: 'critical',
  title: 'Redis answers commands without a password',
  why: 'The server answered PING without AUTH, so anyone who can open a connection to it can read and delete every key, and (through CONFIG SET dir/dbfilename or MODULE LOAD) often write files on the host. Exposed password-less Redis servers are found and wiped or turned into crypto-miners within hours.',
  fix: 'Require a password: `CONFIG SET requirepass <long random secret>` (or an ACL: `ACL SETUSER default on >secret`), persist it with `CONFIG REWRITE` or `requirepass` in redis.conf, and bind Redis to private interfaces only. `plumb fix` sets a generated password, writes it to .plumb/secrets/ and can roll it back.',
  verify:
    'Run `redis-cli -h <host> -p <port> PING`: it must answer `NOAUTH Authentication required`, and `redis-cli -a <secret> PING` must answer PONG.',
  references: [
    'CWE-306',
    'CWE-1188',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/',
  ],
  tags: ['live', 'authentication'],
  check(doc, ctx) {
    if (doc.unauthenticatedAccess !== true || doc.authenticated === true) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} accepts commands from unauthenticated clients`,
      path: `${doc.path}/auth`,
      evidence: 'PING answered +PONG without AUTH',
    });
  },
});
