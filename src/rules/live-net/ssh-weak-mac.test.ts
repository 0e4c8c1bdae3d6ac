import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { sshDoc } from './lib/docs.js';
import rule from './ssh-weak-mac.js';

liveRuleTester(rule, {
  valid: [{ doc: sshDoc() }],
  invalid: [
    {
      doc: sshDoc({
        algorithms: {
          kex: [],
          hostKey: [],
          ciphers: [],
          macs: ['hmac-sha2-256', 'hmac-md5-96', 'hmac-sha1', 'umac-64@openssh.com'],
          compression: [],
        },
      }),
      errors: [
        { message: 'ssh://127.0.0.1:22 offers MAC hmac-md5-96: MD5', severity: 'medium' },
        { message: /hmac-sha1: SHA-1/, severity: 'low' },
        { message: /umac-64@openssh.com: 64-bit tag/, severity: 'low' },
      ],
    },
  ],
});
