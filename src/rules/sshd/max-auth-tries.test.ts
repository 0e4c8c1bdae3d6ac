import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './max-auth-tries.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'MaxAuthTries 3\n' }, { code: 'MaxAuthTries 4\nMatch User ci\n  MaxAuthTries 2\n' }],
    invalid: [
      {
        code: 'MaxAuthTries 10\n',
        errors: [
          {
            line: 1,
            message: 'MaxAuthTries 10 allows more than 4 attempts per connection',
            severity: 'medium',
          },
        ],
        output: 'MaxAuthTries 4\n',
      },
      {
        name: 'missing is low',
        code: '# hardened\nPort 22\n',
        errors: [{ line: 1, severity: 'low' }],
        output: '# hardened\nPort 22\nMaxAuthTries 4\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
