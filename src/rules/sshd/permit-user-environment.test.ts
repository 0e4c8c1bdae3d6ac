import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './permit-user-environment.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'PermitUserEnvironment no\n' }],
    invalid: [
      { code: 'PermitUserEnvironment yes\n', errors: [{ line: 1 }], output: 'PermitUserEnvironment no\n' },
      {
        name: 'a pattern list also permits variables',
        code: 'PermitUserEnvironment LANG,LC_*\n',
        errors: [{ line: 1, message: /LANG,LC_\*/ }],
        output: 'PermitUserEnvironment no\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
