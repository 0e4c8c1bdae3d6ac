import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ignore-rhosts.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'IgnoreRhosts yes\n' }, { name: 'default is yes', code: 'Port 22\n' }],
    invalid: [
      {
        code: 'IgnoreRhosts no\nIgnoreRhosts yes\n',
        errors: [{ line: 1, message: /IgnoreRhosts no/ }],
        output: 'IgnoreRhosts yes\nIgnoreRhosts yes\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
