import { redisHandler } from '../../sources/parsers/redis/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './admin-commands-enabled.js';

ruleTester(
  rule,
  redisHandler,
  {
    valid: [
      { code: 'enable-debug-command no\nenable-module-command local\n' },
      { name: 'defaults', code: 'port 6379\n' },
    ],
    invalid: [
      {
        code: 'enable-debug-command yes\nenable-module-command yes\n',
        errors: [
          { line: 1, message: 'enable-debug-command yes lets every client run DEBUG' },
          { line: 2, message: 'enable-module-command yes lets every client run MODULE' },
        ],
        output: 'enable-debug-command no\nenable-module-command no\n',
      },
    ],
  },
  { path: 'redis.conf' },
);
