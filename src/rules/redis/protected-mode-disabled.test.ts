import { redisHandler } from '../../sources/parsers/redis/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './protected-mode-disabled.js';

ruleTester(
  rule,
  redisHandler,
  {
    valid: [
      { code: 'protected-mode yes\n' },
      { name: 'password set', code: 'protected-mode no\nrequirepass x8T2kq9LmZp4Rw7vYc3N\n' },
      { name: 'unix socket only', code: 'port 0\nunixsocket /run/redis.sock\nprotected-mode no\n' },
    ],
    invalid: [
      {
        code: '# network\nbind 0.0.0.0\n  protected-mode   no\nport 6379\n',
        errors: [{ line: 3, message: /protected-mode is off/ }],
        output: '# network\nbind 0.0.0.0\n  protected-mode   yes\nport 6379\n',
      },
      {
        name: 'last value wins, case-insensitive',
        code: 'protected-mode yes\r\nPROTECTED-MODE "NO"\r\n',
        errors: [{ line: 2 }],
        output: 'protected-mode yes\r\nPROTECTED-MODE yes\r\n',
      },
    ],
  },
  { path: 'redis.conf' },
);
