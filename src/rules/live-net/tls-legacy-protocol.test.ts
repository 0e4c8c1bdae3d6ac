import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { tlsDoc } from './lib/docs.js';
import rule from './tls-legacy-protocol.js';

liveRuleTester(rule, {
  valid: [
    { name: 'TLS 1.2 and 1.3 only', doc: tlsDoc() },
    { name: 'not tested', doc: tlsDoc({ protocols: {} }) },
  ],
  invalid: [
    {
      doc: tlsDoc({ protocols: { SSLv3: true, 'TLSv1.0': true, 'TLSv1.1': false, 'TLSv1.2': true } }),
      errors: [
        {
          message: 'tls://127.0.0.1:443 accepts SSLv3',
          severity: 'high',
          path: 'tls://127.0.0.1:443/protocols/SSLv3',
        },
        { message: 'tls://127.0.0.1:443 accepts TLSv1.0', severity: 'medium' },
      ],
    },
  ],
});
