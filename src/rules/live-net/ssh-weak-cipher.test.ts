import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { sshDoc } from './lib/docs.js';
import rule from './ssh-weak-cipher.js';

liveRuleTester(rule, {
  valid: [{ doc: sshDoc() }],
  invalid: [
    {
      doc: sshDoc({
        algorithms: {
          kex: [],
          hostKey: [],
          ciphers: ['aes128-ctr', 'aes128-cbc', '3des-cbc', 'arcfour256'],
          macs: [],
          compression: [],
        },
      }),
      errors: [
        { message: /offers cipher aes128-cbc: CBC mode/ },
        { message: /3des-cbc/ },
        { message: /arcfour256: RC4/, path: 'ssh://127.0.0.1:22/ciphers/arcfour256' },
      ],
    },
  ],
});
