import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'tls/weak-key',
  kind: 'tls-live',
  severity: 'high',
  title: 'TLS certificate uses a weak public key',
  why: 'RSA keys under 2048 bits and elliptic-curve keys under 256 bits are within reach of well-funded attackers (1024-bit RSA is considered breakable) and are rejected by current browsers and CA rules. Whoever factors the key can impersonate the server.',
  fix: 'Generate a new key of at least RSA 2048 (3072 preferred) or ECDSA P-256, get a new certificate for it (`openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 ...`), install it and revoke the old one.',
  verify:
    'Run `openssl s_client -connect <host>:<port> </dev/null 2>/dev/null | openssl x509 -noout -text | grep "Public-Key"` and check the size; re-run `plumb scan`.',
  references: [
    'CWE-326',
    'NIST SP 800-57 Part 1 Rev. 5',
    'https://cabforum.org/working-groups/server/baseline-requirements/',
  ],
  tags: ['live', 'tls', 'certificate'],
  check(doc, ctx) {
    const cert = doc.certificate;
    if (!cert?.keyType) return;
    let weak: string | undefined;
    if (
      (cert.keyType === 'rsa' || cert.keyType === 'rsa-pss' || cert.keyType === 'dsa') &&
      cert.keyBits !== undefined &&
      cert.keyBits < 2048
    )
      weak = `${cert.keyType.toUpperCase()} ${cert.keyBits}-bit`;
    if (
      cert.keyType === 'ec' &&
      cert.curve !== undefined &&
      /(secp1[0-9]{2}|prime192|secp224|P-192|P-224)/i.test(cert.curve)
    )
      weak = `EC ${cert.curve}`;
    if (!weak) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/certificate/key`,
      message: `${doc.path} certificate has a weak ${weak} key`,
    });
  },
});
