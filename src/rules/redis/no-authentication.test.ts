import { redisHandler } from '../../sources/parsers/redis/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './no-authentication.js';

const HASH = '5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8';

ruleTester(
  rule,
  redisHandler,
  {
    valid: [
      { code: 'bind 127.0.0.1 -::1\nrequirepass "x8T2kq9LmZp4Rw7vYc3N"\n' },
      { name: 'ACL default user with a hash', code: `user default on #${HASH} ~* &* +@all\n` },
      { name: 'default user off', code: 'user default off\nuser app on >x8T2kq9LmZp4Rw7vYc3N ~* +@all\n' },
      { name: 'users from an ACL file', code: 'aclfile /etc/redis/users.acl\n' },
      { name: 'explicit nopass line is another rule', code: 'user default on nopass ~* +@all\n' },
      { name: 'incomplete configuration', code: 'include /etc/redis/secrets.conf\nport 6379\n' },
      { name: 'sentinel', code: 'sentinel monitor m 10.0.0.1 6379 2\n' },
    ],
    invalid: [
      {
        name: 'shipped defaults without a password: loopback only',
        code: '# Redis\nbind 127.0.0.1 -::1\nprotected-mode yes\nport 6379\n',
        errors: [{ line: 2, severity: 'high', message: /any local process/ }],
      },
      {
        name: 'no bind but protected mode still shields remote clients',
        code: 'port 6379\n',
        errors: [{ line: 1, severity: 'high' }],
      },
      {
        name: 'bound to all interfaces',
        code: 'bind 0.0.0.0\nport 6379\n',
        errors: [{ line: 1, severity: 'critical', message: /reachable from other machines/ }],
      },
      {
        name: 'protected mode off',
        code: 'port 6379\nprotected-mode no\nrequirepass ""\n',
        errors: [{ line: 3, severity: 'critical' }],
      },
      {
        name: 'ACL users with passwords do not protect the default user',
        code: 'bind 10.0.0.5\nuser app on >x8T2kq9LmZp4Rw7vYc3N ~* +@all\n',
        errors: [{ line: 1, severity: 'critical' }],
      },
      {
        name: 'port 0 still listens on the TLS port',
        code: 'port 0\ntls-port 6379\nbind 0.0.0.0\n',
        errors: [{ line: 1, severity: 'critical' }],
      },
      {
        name: 'suggestion appends a hashed default user',
        code: 'bind 127.0.0.1\nport 6379',
        options: { passwordHash: HASH },
        errors: 1,
        output: `bind 127.0.0.1\nport 6379\nuser default on #${HASH} ~* &* +@all\n`,
      },
    ],
  },
  { path: 'redis.conf' },
);
