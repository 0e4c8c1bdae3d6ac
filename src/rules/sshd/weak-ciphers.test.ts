import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './weak-ciphers.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [
      { code: 'Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-ctr\n' },
      { name: 'removing from the defaults', code: 'Ciphers -aes128-cbc,3des-cbc\n' },
      { name: 'unset: modern defaults', code: 'Port 22\n' },
    ],
    invalid: [
      {
        code: 'Ciphers aes128-ctr,aes256-cbc,3des-cbc\n',
        errors: [
          { line: 1, message: 'Ciphers enables weak ciphers: aes256-cbc, 3des-cbc', severity: 'high' },
        ],
        output: 'Ciphers aes128-ctr\n',
      },
      {
        name: 'only CBC is medium; nothing left, so the recommended list is used',
        code: 'Ciphers aes128-cbc\n',
        errors: [{ line: 1, severity: 'medium' }],
        output:
          'Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr\n',
      },
      {
        name: 'adding only weak ciphers to the defaults: the line goes',
        code: 'Port 22\nCiphers +arcfour256\nUsePAM yes\n',
        errors: [{ line: 2 }],
        output: 'Port 22\nUsePAM yes\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
