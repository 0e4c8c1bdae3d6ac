import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { sshDoc } from './lib/docs.js';
import rule from './ssh-protocol-v1.js';

liveRuleTester(rule, {
  valid: [{ doc: sshDoc() }],
  invalid: [
    {
      doc: sshDoc({ banner: 'SSH-1.99-OpenSSH_3.9p1', protocolVersion: '1.99' }),
      errors: [{ message: 'ssh://127.0.0.1:22 speaks SSH protocol 1 (and 2)', severity: 'high' }],
    },
    { name: 'SSH-1.5 only', doc: sshDoc({ banner: 'SSH-1.5-1.2.27', protocolVersion: '1.5' }), errors: 1 },
  ],
});
