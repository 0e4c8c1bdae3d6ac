import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { goodCertificate, tlsDoc } from './lib/docs.js';
import rule from './tls-certificate-expiring.js';

liveRuleTester(rule, {
  valid: [
    { doc: tlsDoc({ certificate: goodCertificate() }) },
    {
      name: 'already expired (other rule)',
      doc: tlsDoc({ certificate: goodCertificate({ validTo: '2025-05-01T00:00:00.000Z' }) }),
    },
  ],
  invalid: [
    {
      doc: tlsDoc({ certificate: goodCertificate({ validTo: '2025-06-11T12:00:00.000Z' }) }),
      errors: [
        { message: 'tls://127.0.0.1:443 certificate expires in 10 days (2025-06-11)', severity: 'medium' },
      ],
    },
    {
      name: 'wider window by option',
      options: { days: 90 },
      doc: tlsDoc({ certificate: goodCertificate({ validTo: '2025-08-01T00:00:00.000Z' }) }),
      errors: 1,
    },
  ],
});
