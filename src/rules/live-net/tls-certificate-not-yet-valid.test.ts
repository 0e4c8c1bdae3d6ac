import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { goodCertificate, tlsDoc } from './lib/docs.js';
import rule from './tls-certificate-not-yet-valid.js';

liveRuleTester(rule, {
  valid: [{ doc: tlsDoc({ certificate: goodCertificate() }) }],
  invalid: [
    {
      doc: tlsDoc({ certificate: goodCertificate({ validFrom: '2025-07-01T00:00:00.000Z' }) }),
      errors: [{ message: 'tls://127.0.0.1:443 certificate is not valid before 2025-07-01' }],
    },
  ],
});
