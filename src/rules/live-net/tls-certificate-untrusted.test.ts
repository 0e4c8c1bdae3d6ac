import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import { goodCertificate, tlsDoc } from './lib/docs.js';
import rule from './tls-certificate-untrusted.js';

liveRuleTester(rule, {
  valid: [
    { doc: tlsDoc({ certificate: goodCertificate() }) },
    {
      name: 'expired but otherwise trusted',
      doc: tlsDoc({ certificate: goodCertificate({ trusted: false, verifyError: 'CERT_HAS_EXPIRED' }) }),
    },
  ],
  invalid: [
    {
      doc: tlsDoc({
        certificate: goodCertificate({
          trusted: false,
          selfSigned: true,
          subject: 'CN=localhost',
          verifyError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
        }),
      }),
      errors: [
        {
          message: 'tls://127.0.0.1:443 presents a self-signed certificate (CN=localhost)',
          path: 'tls://127.0.0.1:443/certificate/trust',
        },
      ],
    },
    {
      name: 'missing intermediate',
      doc: tlsDoc({
        certificate: goodCertificate({ trusted: false, verifyError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }),
      }),
      errors: [{ message: /UNABLE_TO_VERIFY_LEAF_SIGNATURE/ }],
    },
  ],
});
