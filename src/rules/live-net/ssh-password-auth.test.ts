import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { sshDoc } from './lib/docs.js';
import rule from './ssh-password-auth.js';

liveRuleTester(rule, {
  valid: [{ doc: sshDoc() }, { name: 'not observed', doc: sshDoc({ authMethods: undefined } as never) }],
  invalid: [
    {
      doc: sshDoc({ authMethods: ['publickey', 'password', 'keyboard-interactive'] }),
      errors: [
        {
          message: 'ssh://127.0.0.1:22 offers password and keyboard-interactive authentication',
          path: 'ssh://127.0.0.1:22/auth/password',
        },
      ],
    },
  ],
});
