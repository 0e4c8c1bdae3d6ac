import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { tlsDoc } from './lib/docs.js';
import rule from './tls-cbc-only.js';

liveRuleTester(rule, {
  valid: [{ doc: tlsDoc({ cbcOnly: false }) }, { name: 'not tested (TLS 1.3 on)', doc: tlsDoc() }],
  invalid: [
    {
      doc: tlsDoc({ cbcOnly: true }),
      errors: [
        { message: 'tls://127.0.0.1:443 accepts no AEAD cipher suite over TLS 1.2 and has no TLS 1.3' },
      ],
    },
  ],
});
