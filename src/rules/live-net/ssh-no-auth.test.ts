import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { sshDoc } from './lib/docs.js';
import rule from './ssh-no-auth.js';

liveRuleTester(rule, {
  valid: [{ doc: sshDoc() }],
  invalid: [
    {
      doc: sshDoc({ noneAuthAccepted: true, authMethods: [] }),
      errors: [
        {
          message: 'ssh://127.0.0.1:22 accepted the "none" authentication method for plumb-probe',
          severity: 'critical',
        },
      ],
    },
  ],
});
