import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { sshDoc } from './lib/docs.js';
import rule from './ssh-weak-kex.js';

const algorithms = {
  kex: ['curve25519-sha256', 'diffie-hellman-group1-sha1', 'diffie-hellman-group14-sha1'],
  hostKey: [],
  ciphers: [],
  macs: [],
  compression: [],
};

liveRuleTester(rule, {
  valid: [{ doc: sshDoc() }, { name: 'KEXINIT not read', doc: sshDoc({ algorithms: undefined } as never) }],
  invalid: [
    {
      doc: sshDoc({ algorithms }),
      errors: [
        {
          message:
            'ssh://127.0.0.1:22 offers key exchange diffie-hellman-group1-sha1: 1024-bit group with SHA-1 (Logjam range)',
          path: 'ssh://127.0.0.1:22/kex/diffie-hellman-group1-sha1',
        },
        { message: /diffie-hellman-group14-sha1/ },
      ],
    },
  ],
});
