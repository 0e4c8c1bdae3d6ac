import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './log-level.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [
      { code: 'LogLevel VERBOSE\n' },
      { code: 'loglevel info\n' },
      { name: 'default is INFO', code: 'Port 22\n' },
    ],
    invalid: [
      {
        code: 'LogLevel QUIET\n',
        errors: [{ line: 1, message: /does not record logins/ }],
        output: 'LogLevel VERBOSE\n',
      },
      { code: 'LogLevel DEBUG3\n', errors: [{ line: 1, message: /private/ }], output: 'LogLevel VERBOSE\n' },
    ],
  },
  { path: 'sshd_config' },
);
