import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { goodCertificate, tlsDoc } from './lib/docs.js';
import rule from './tls-sha1-signature.js';

liveRuleTester(rule, {
  valid: [{ doc: tlsDoc({ certificate: goodCertificate() }) }],
  invalid: [
    {
      doc: tlsDoc({ certificate: goodCertificate({ signatureAlgorithm: 'sha1WithRSAEncryption' }) }),
      errors: [
        {
          message: 'tls://127.0.0.1:443 certificate is signed with sha1WithRSAEncryption',
          path: 'tls://127.0.0.1:443/certificate/signature',
        },
      ],
    },
  ],
});
