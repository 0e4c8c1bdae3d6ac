import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { sshDoc } from './lib/docs.js';
import rule from './ssh-weak-host-key.js';

liveRuleTester(rule, {
  valid: [{ doc: sshDoc() }],
  invalid: [
    {
      doc: sshDoc({
        algorithms: {
          kex: [],
          hostKey: ['ssh-ed25519', 'ssh-rsa', 'ssh-dss'],
          ciphers: [],
          macs: [],
          compression: [],
        },
      }),
      errors: [
        { message: /offers host-key algorithm ssh-rsa: RSA signatures with SHA-1/ },
        { message: /ssh-dss: DSA/ },
      ],
    },
  ],
});
