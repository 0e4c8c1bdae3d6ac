import { redisHandler } from '../../sources/parsers/redis/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './default-user-nopass.js';

const HASH = '5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8';

ruleTester(
  rule,
  redisHandler,
  {
    valid: [
      { code: `user default on #${HASH} ~* &* +@all\n` },
      {
        name: 'nopass but switched off',
        code: 'user default off nopass\nuser app on >x8T2kq9LmZp4Rw7vYc3N ~* +@all\n',
      },
      { name: 'a later password wins', code: 'user default on nopass >x8T2kq9LmZp4Rw7vYc3N ~* +@all\n' },
      { name: 'no ACL line (another rule)', code: 'bind 0.0.0.0\n' },
    ],
    invalid: [
      {
        code: 'bind 127.0.0.1 -::1\nuser default on nopass ~* &* +@all\n',
        errors: [{ line: 2, severity: 'high' }],
      },
      {
        name: 'exposed',
        code: 'bind 0.0.0.0\nuser default on nopass ~* &* +@all\n',
        errors: [{ line: 2, severity: 'critical' }],
      },
      {
        name: 'hash replaces nopass',
        code: 'bind 127.0.0.1\nuser default on nopass ~* &* +@all\n',
        options: { passwordHash: HASH.toUpperCase() },
        errors: 1,
        output: `bind 127.0.0.1\nuser default on #${HASH} ~* &* +@all\n`,
      },
    ],
  },
  { path: 'redis.conf' },
);
