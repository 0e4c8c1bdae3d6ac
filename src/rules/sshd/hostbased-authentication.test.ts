import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './hostbased-authentication.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'HostbasedAuthentication no\n' }, { name: 'default is no', code: 'Port 22\n' }],
    invalid: [
      {
        code: 'HostbasedAuthentication "yes"\n',
        errors: [{ line: 1 }],
        output: 'HostbasedAuthentication no\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
