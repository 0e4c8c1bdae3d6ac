import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { goodCertificate, tlsDoc } from './lib/docs.js';
import rule from './tls-certificate-name-mismatch.js';

liveRuleTester(rule, {
  valid: [
    { doc: tlsDoc({ servername: 'www.example.com', nameMatches: true, certificate: goodCertificate() }) },
    { name: 'IP target, no name to check', doc: tlsDoc({ certificate: goodCertificate() }) },
  ],
  invalid: [
    {
      doc: tlsDoc({ servername: 'shop.example.org', nameMatches: false, certificate: goodCertificate() }),
      errors: [
        {
          message:
            'tls://127.0.0.1:443 certificate is not valid for shop.example.org (covers www.example.com)',
        },
      ],
    },
  ],
});
