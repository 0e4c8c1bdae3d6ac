import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { goodCertificate, tlsDoc } from './lib/docs.js';
import rule from './tls-weak-key.js';

liveRuleTester(rule, {
  valid: [
    { doc: tlsDoc({ certificate: goodCertificate() }) },
    {
      name: 'P-256',
      doc: tlsDoc({
        certificate: goodCertificate({ keyType: 'ec', curve: 'prime256v1', keyBits: undefined } as never),
      }),
    },
  ],
  invalid: [
    {
      doc: tlsDoc({ certificate: goodCertificate({ keyBits: 1024 }) }),
      errors: [{ message: 'tls://127.0.0.1:443 certificate has a weak RSA 1024-bit key', severity: 'high' }],
    },
    {
      name: 'P-192',
      doc: tlsDoc({ certificate: goodCertificate({ keyType: 'ec', curve: 'prime192v1' }) }),
      errors: 1,
    },
  ],
});
