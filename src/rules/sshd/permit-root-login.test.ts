import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './permit-root-login.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [
      { code: 'PermitRootLogin no\n' },
      {
        name: 'the chosen value is accepted',
        code: 'PermitRootLogin prohibit-password\n',
        options: { value: 'prohibit-password' },
      },
      { name: 'first value wins', code: 'PermitRootLogin no\nPermitRootLogin yes\n' },
    ],
    invalid: [
      {
        code: 'Port 22\nPermitRootLogin yes # for the backup job\n',
        errors: [
          { line: 2, message: 'PermitRootLogin yes allows root to log in with a password', severity: 'high' },
        ],
        output: 'Port 22\nPermitRootLogin no # for the backup job\n',
      },
      {
        name: 'a Match block overrides for some connections',
        code: 'PermitRootLogin no\nMatch Address 10.0.0.0/8\n    PermitRootLogin=yes\n',
        errors: [{ line: 3, message: /in Match Address 10\.0\.0\.0\/8/ }],
        output: 'PermitRootLogin no\nMatch Address 10.0.0.0/8\n    PermitRootLogin=no\n',
      },
      {
        name: 'missing: info, inserted before the first Match and its comment',
        code: 'UsePAM yes\n\n# backups\nMatch User backup\n  X11Forwarding no\n',
        errors: [{ line: 1, severity: 'info' }],
        output: 'UsePAM yes\nPermitRootLogin no\n\n# backups\nMatch User backup\n  X11Forwarding no\n',
      },
      {
        name: 'prohibit-password is low',
        code: 'PermitRootLogin prohibit-password\n',
        errors: [{ line: 1, severity: 'low' }],
        output: 'PermitRootLogin no\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
