import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './client-alive-interval.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'ClientAliveInterval 300\nClientAliveCountMax 3\n' }],
    invalid: [
      { code: 'ClientAliveInterval 0\n', errors: [{ line: 1 }], output: 'ClientAliveInterval 300\n' },
      {
        name: 'missing, with a Match block',
        code: 'Port 22\n\nMatch User deploy\n  ForceCommand /usr/local/bin/deploy\n',
        errors: [{ line: 1, message: /not set/ }],
        output:
          'Port 22\nClientAliveInterval 300\n\nMatch User deploy\n  ForceCommand /usr/local/bin/deploy\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
