import { expect, it } from 'vitest';
import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { checkSample, ruleTester } from '../../test-support/rule-tester.js';
import rule from './password-authentication.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'PasswordAuthentication no\n' }],
    invalid: [
      {
        name: 'missing: appended at the end when there is no Match',
        code: 'Port 22\nUsePAM yes',
        errors: [{ line: 1, message: /defaults to yes/ }],
        output: 'Port 22\nUsePAM yes\nPasswordAuthentication no\n',
      },
      {
        name: 'missing: inserted before the first Match (lines after it belong to the block)',
        code: 'Port 22\nMatch User git\n  AllowTcpForwarding no\n',
        errors: [{ line: 1 }],
        output: 'Port 22\nPasswordAuthentication no\nMatch User git\n  AllowTcpForwarding no\n',
      },
      {
        name: 'explicit yes, lowercase keyword',
        code: 'passwordauthentication yes\r\n',
        errors: [{ line: 1, message: 'PasswordAuthentication yes allows password logins' }],
        output: 'passwordauthentication no\r\n',
      },
      {
        name: 'a drop-in read first wins over the main file',
        code: 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n',
        files: { '/sample/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n' },
        errors: [{ line: 1 }],
      },
    ],
  },
  { path: 'sshd_config' },
);

it('sshd/password-authentication: a drop-in read first decides', () => {
  const { findings } = checkSample(
    rule,
    sshdHandler,
    {
      code: 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication yes\n',
      files: { '/sample/sshd_config.d/10-keys.conf': 'PasswordAuthentication no\n' },
    },
    { path: 'sshd_config' },
  );
  expect(findings).toEqual([]);
});
