import { defineRule } from '../../core/rule.js';
import { fileClass } from './lib/file-class.js';
import { findTokens, reportSecret, VARIABLE_OPTION } from './lib/scan.js';

/** A compact JWS: base64url header and payload (both JSON objects, so both start `eyJ`) and a signature. */
const JWT =
  /(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{0,2000}(?![A-Za-z0-9_.-])/g;

function decodeJson(segment: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export default defineRule({
  id: 'secrets/jwt',
  kind: 'text',
  severity: 'low',
  title: 'JSON Web Token committed',
  why: 'A JWT is a bearer credential: whoever holds it is treated as the user or service it names until it expires, and long-lived tokens for service accounts often never do. Tokens in files are usually copied from a real session or API console.',
  fix: 'Remove the token from the file. If it can still be valid (check its `exp` claim), revoke it at the issuer or rotate the issuer’s signing key, and fetch tokens at run time instead.',
  verify:
    'Decode the token (e.g. `jq -R "split(\\".\\") | .[1] | @base64d"`) and check it has expired or was revoked, then re-run the scan.',
  references: ['CWE-798', 'https://datatracker.ietf.org/doc/html/rfc7519'],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    if (fileClass(doc.path) !== 'normal') return;
    for (const m of findTokens(doc, ['eyJ'], JWT)) {
      const [head, body] = m.value.split('.');
      const header = decodeJson(head ?? '');
      if (!header || typeof header['alg'] !== 'string') continue;
      const claims = decodeJson(body ?? '');
      if (!claims) continue;
      const exp =
        typeof claims['exp'] === 'number' && Math.abs(claims['exp']) < 8e12 ? claims['exp'] : undefined;
      const note =
        exp === undefined ? 'no expiry claim' : `expires ${new Date(exp * 1000).toISOString().slice(0, 10)}`;
      reportSecret(doc, ctx, {
        detector: 'jwt',
        label: 'JWT',
        value: m.value,
        start: m.start,
        end: m.end,
        note,
      });
    }
  },
});
