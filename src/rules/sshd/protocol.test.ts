import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './protocol.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'Protocol 2\n' }, { code: 'Port 22\n' }],
    invalid: [{ code: 'Protocol 2,1\n', errors: [{ line: 1, severity: 'high' }], output: 'Protocol 2\n' }],
  },
  { path: 'sshd_config' },
);
