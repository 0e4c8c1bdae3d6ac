import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './allow-tcp-forwarding.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'AllowTcpForwarding no\n' }, { name: 'unset is not reported', code: 'Port 22\n' }],
    invalid: [
      { code: 'AllowTcpForwarding yes\n', errors: [{ line: 1 }], output: 'AllowTcpForwarding no\n' },
      {
        name: 'in a Match block',
        code: 'AllowTcpForwarding no\nMatch User dev\n  AllowTcpForwarding local\n',
        errors: [{ line: 3, message: /in Match User dev/ }],
        output: 'AllowTcpForwarding no\nMatch User dev\n  AllowTcpForwarding no\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
