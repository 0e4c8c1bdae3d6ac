import { redisHandler } from '../../sources/parsers/redis/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './dangerous-commands.js';

const ALL_RENAMED = ['CONFIG', 'FLUSHALL', 'FLUSHDB', 'DEBUG', 'MODULE']
  .map((c) => `rename-command ${c} ""\n`)
  .join('');

ruleTester(
  rule,
  redisHandler,
  {
    valid: [
      { code: ALL_RENAMED },
      {
        name: 'renamed to a secret name',
        code: ALL_RENAMED.replace('CONFIG ""', 'CONFIG b840fc02d524045429941cc15f59e41cb7be6c52'),
      },
      {
        name: 'ACL limits the default user',
        code: 'user default on >x8T2kq9LmZp4Rw7vYc3N ~* +@all -@dangerous\n',
      },
      { name: 'ACL file', code: 'aclfile /etc/redis/users.acl\n' },
      {
        name: 'Redis 7 keeps DEBUG and MODULE off by default',
        code: 'bind 127.0.0.1 -::1\nrename-command CONFIG ""\nrename-command FLUSHALL ""\nrename-command FLUSHDB ""\n',
      },
    ],
    invalid: [
      {
        code: 'bind 127.0.0.1\nrename-command config ""\n',
        errors: [
          {
            line: 1,
            severity: 'medium',
            message:
              'FLUSHALL, FLUSHDB, DEBUG, MODULE are open to the default user: no ACL limits them and they are not renamed or disabled',
          },
        ],
      },
      {
        name: 'with a password it is hardening only',
        code: 'requirepass x8T2kq9LmZp4Rw7vYc3N\nenable-debug-command yes\n',
        errors: [{ line: 1, severity: 'low', message: /^CONFIG, FLUSHALL, FLUSHDB, DEBUG are open/ }],
      },
      {
        name: 'suggestion disables the chosen commands',
        code: 'bind 127.0.0.1\n',
        options: { disable: 'config, flushall,FLUSHDB,DEBUG,MODULE' },
        errors: 1,
        output: `bind 127.0.0.1\n${ALL_RENAMED}`,
      },
    ],
  },
  { path: 'redis.conf' },
);
