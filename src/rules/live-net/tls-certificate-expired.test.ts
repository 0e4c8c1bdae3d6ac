import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { goodCertificate, tlsDoc } from './lib/docs.js';
import rule from './tls-certificate-expired.js';

liveRuleTester(rule, {
  valid: [
    { doc: tlsDoc({ certificate: goodCertificate() }) },
    { name: 'no certificate read', doc: tlsDoc() },
  ],
  invalid: [
    {
      doc: tlsDoc({ certificate: goodCertificate({ validTo: '2025-05-01T00:00:00.000Z' }) }),
      errors: [
        {
          message: 'tls://127.0.0.1:443 certificate expired on 2025-05-01',
          severity: 'high',
          path: 'tls://127.0.0.1:443/certificate/validity',
        },
      ],
    },
  ],
});
