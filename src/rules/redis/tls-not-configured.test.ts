import { redisHandler } from '../../sources/parsers/redis/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './tls-not-configured.js';

ruleTester(
  rule,
  redisHandler,
  {
    valid: [
      { code: 'bind 127.0.0.1 -::1\n' },
      {
        name: 'TLS only',
        code: 'bind 10.0.0.5\nport 0\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\n',
      },
    ],
    invalid: [
      { code: 'bind 10.0.0.5\nport 6379\n', errors: [{ line: 1, severity: 'low' }] },
      { name: 'no bind line', code: 'port 6379\n', errors: [{ line: 1, message: /no bind line/ }] },
    ],
  },
  { path: 'redis.conf' },
);
