import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './permit-empty-passwords.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'PermitEmptyPasswords no\n' }, { name: 'default is no', code: 'Port 22\n' }],
    invalid: [
      {
        code: 'Port 22\nPermitEmptyPasswords yes\n',
        errors: [{ line: 2, severity: 'critical' }],
        output: 'Port 22\nPermitEmptyPasswords no\n',
      },
      {
        name: 'inside a Match block',
        code: 'Match Group kiosk\n\tPermitEmptyPasswords   yes\n',
        errors: [{ line: 2, message: /in Match Group kiosk/ }],
        output: 'Match Group kiosk\n\tPermitEmptyPasswords   no\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
