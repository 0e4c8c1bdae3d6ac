import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './x11-forwarding.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'X11Forwarding no\n' }, { name: 'default is no', code: 'Port 22\n' }],
    invalid: [
      {
        name: 'the Ubuntu default file',
        code: 'UsePAM yes\n\nX11Forwarding yes\nPrintMotd no\n',
        errors: [{ line: 3, message: 'X11Forwarding yes lets sessions forward X11 displays' }],
        output: 'UsePAM yes\n\nX11Forwarding no\nPrintMotd no\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
