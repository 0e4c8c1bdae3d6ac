import { redisHandler } from '../../sources/parsers/redis/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './weak-password.js';

ruleTester(
  rule,
  redisHandler,
  {
    valid: [
      { code: 'requirepass "x8T2kq9LmZp4Rw7vYc3N"\n' },
      {
        name: 'templated',
        code: 'requirepass $' + '{REDIS_PASSWORD}\nuser app on >{{ app_password }} ~* +@all\n',
      },
      {
        name: 'hashed ACL password',
        code: 'user app on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +@all\n',
      },
      { name: 'empty means no password (another rule)', code: 'requirepass ""\n' },
    ],
    invalid: [
      { code: 'requirepass foobared\n', errors: [{ line: 1, message: /well-known/ }] },
      {
        name: 'short ACL password',
        code: 'user app on >hunter2x ~app:* +@read\n',
        errors: [{ line: 1, message: 'user app password is only 8 characters long (use at least 16)' }],
      },
    ],
  },
  { path: 'redis.conf' },
);
