import { defineRule } from '../../core/rule.js';
import { fileClass } from './lib/file-class.js';
import { findTokens, reportSecret } from './lib/scan.js';

/**
 * A PEM private key header: RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP or plain PKCS#8. Public keys and
 * certificates are not secrets and never match.
 */
const HEADER =
  /-----BEGIN (?<type>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |SSH2 ENCRYPTED )?PRIVATE KEY|PGP PRIVATE KEY BLOCK)-----/g;

/**
 * What must follow the header for it to be a key and not a string constant in code: base64 body
 * text (after real line breaks or JSON-escaped `\n`), or PEM encryption headers.
 */
const BODY = /^(?:\\r|\\n|\r|\n|[ \t])+(?:(?:Proc-Type|Comment|Version):|[A-Za-z0-9+/=]{40})/;

export default defineRule({
  id: 'secrets/private-key',
  kind: 'text',
  severity: 'critical',
  title: 'Private key committed',
  why: 'A private key proves identity: it can impersonate your server over TLS, log in over SSH, sign releases or decrypt recorded traffic. Once it is in a repository, every clone, fork and backup holds a copy, so it must be treated as leaked.',
  fix: 'Revoke or replace the key pair (re-issue the certificate, remove the public key from authorized_keys, rotate the signing key), delete the file from the repository and keep private keys in a secret store or mounted at deploy time.',
  verify:
    'Confirm the old public key is no longer trusted anywhere (authorized_keys, certificate revocation, key servers) and re-run the scan.',
  references: ['CWE-321', 'CWE-798', 'https://owasp.org/Top10/A02_2021-Cryptographic_Failures/'],
  check(doc, ctx) {
    if (fileClass(doc.path) === 'lock') return;
    for (const m of findTokens(doc, ['PRIVATE KEY'], HEADER)) {
      const after = doc.text.slice(m.end, m.end + 200);
      if (!BODY.test(after)) continue;
      // A GCP service-account JSON file is reported as such by secrets/gcp-service-account.
      const lineText = doc.lines.lineText(doc.lines.position(m.start).line);
      if (/"private_key"\s*:/.test(lineText) && doc.text.includes('"service_account"')) continue;
      const type = m.match.groups?.['type'] ?? 'PRIVATE KEY';
      const encrypted = type.includes('ENCRYPTED') || /Proc-Type:\s*4,ENCRYPTED/.test(after);
      const bodyStart = m.end + (/[A-Za-z0-9+/=]{40}/.exec(after)?.index ?? 0);
      reportSecret(doc, ctx, {
        detector: 'private-key',
        label: type.replace('PRIVATE KEY', 'private key').replace(' BLOCK', ''),
        // The body identifies the key; the header is the same for every key of a type.
        value: doc.text.slice(bodyStart, bodyStart + 64),
        start: m.start,
        end: m.end,
        noSuggestion: true,
        evidence: `${m.value} (key body hidden)`,
        ...(encrypted ? { severity: 'high' as const, note: 'encrypted with a passphrase' } : {}),
      });
    }
  },
});
