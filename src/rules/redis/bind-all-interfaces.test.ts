import { redisHandler } from '../../sources/parsers/redis/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './bind-all-interfaces.js';

ruleTester(
  rule,
  redisHandler,
  {
    valid: [
      { code: 'bind 127.0.0.1 -::1\n' },
      { name: 'private interface', code: 'bind 10.0.0.5 127.0.0.1\n' },
      { name: 'TCP disabled', code: 'port 0\n' },
      { name: 'missing bind in a partial config', code: 'include /etc/redis/net.conf\n' },
    ],
    invalid: [
      {
        code: 'port 6379\nbind 0.0.0.0 ::\n',
        errors: [{ line: 2, severity: 'medium', message: 'bind 0.0.0.0 :: listens on every interface' }],
      },
      {
        name: 'missing bind, password set',
        code: 'port 6379\nrequirepass x8T2kq9LmZp4Rw7vYc3N\n',
        errors: [{ line: 1, severity: 'low', message: /no bind line/ }],
      },
      {
        name: 'suggestion replaces the addresses',
        code: 'bind * -::*   # not a comment for Redis\n',
        options: { address: '127.0.0.1 -::1' },
        errors: 1,
        output: 'bind 127.0.0.1 -::1\n',
      },
      {
        name: 'suggestion adds a bind line',
        code: 'port 6379\n',
        options: { address: '10.0.0.5' },
        errors: 1,
        output: 'port 6379\nbind 10.0.0.5\n',
      },
    ],
  },
  { path: 'redis.conf' },
);
