import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'tls/sha1-signature',
  kind: 'tls-live',
  severity: 'medium',
  title: 'TLS certificate is signed with SHA-1 or MD5',
  why: 'SHA-1 and MD5 signatures can be forged with chosen-prefix collisions (SHAttered, 2017; MD5 rogue CA, 2008), so a certificate signed this way can in principle be counterfeited. Browsers reject such server certificates and compliance baselines forbid them.',
  fix: 'Re-issue the certificate with a SHA-256 (or stronger) signature (`openssl req ... -sha256`; public CAs do this by default) and install it.',
  verify:
    'Run `openssl s_client -connect <host>:<port> </dev/null 2>/dev/null | openssl x509 -noout -text | grep "Signature Algorithm"` and expect sha256WithRSAEncryption, ecdsa-with-SHA256 or stronger; re-run `plumb scan`.',
  references: [
    'CWE-328',
    'CWE-327',
    'https://shattered.io/',
    'https://wiki.mozilla.org/Security/Server_Side_TLS',
  ],
  tags: ['live', 'tls', 'certificate'],
  check(doc, ctx) {
    const alg = doc.certificate?.signatureAlgorithm;
    if (!alg || !/sha1|md5|md2/i.test(alg)) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/certificate/signature`,
      message: `${doc.path} certificate is signed with ${alg}`,
    });
  },
});
