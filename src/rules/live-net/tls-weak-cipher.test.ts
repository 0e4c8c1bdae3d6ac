import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { tlsDoc } from './lib/docs.js';
import rule from './tls-weak-cipher.js';

liveRuleTester(rule, {
  valid: [{ doc: tlsDoc() }],
  invalid: [
    {
      doc: tlsDoc({
        weakSuites: [
          { category: 'null', version: 'TLSv1.2', suite: 'TLS_RSA_WITH_NULL_SHA256' },
          { category: '3des', version: 'TLSv1.2', suite: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA' },
        ],
      }),
      errors: [
        {
          message:
            'tls://127.0.0.1:443 accepts NULL (no encryption) cipher suites (TLS_RSA_WITH_NULL_SHA256 over TLSv1.2)',
          severity: 'high',
          path: 'tls://127.0.0.1:443/ciphers/null',
        },
        { severity: 'medium', path: 'tls://127.0.0.1:443/ciphers/3des' },
      ],
    },
  ],
});
