import { defineRule } from '../../core/rule.js';
import { envSuggestion } from './lib/env-reference.js';
import { fileClass } from './lib/file-class.js';
import { findTokens, reportSecret } from './lib/scan.js';
import { isPlaceholderToken } from './lib/secret-value.js';

/** npm access tokens: `npm_` followed by 36 base-62 characters. */
const TOKEN = /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g;

/** `.npmrc` credentials: `//registry/:_authToken=…`, `_auth=…` (base64 user:password), `_password=…`. */
const NPMRC_CREDENTIAL =
  /^[ \t]*(?:\/\/[^\s=]*:)?(?<key>_authToken|_auth|_password)[ \t]*=[ \t]*(?<secret>[^\s#;]+)/gm;

export default defineRule({
  id: 'secrets/npm-token',
  kind: 'text',
  severity: 'high',
  title: 'npm registry token committed',
  why: 'An npm token can publish packages as its owner. A stolen publish token is how malicious versions of popular packages reach thousands of downstream projects; read tokens expose private packages.',
  fix: 'Revoke the token (`npm token revoke <id>` or the npm website), create a granular token with minimal scope, and reference it from `.npmrc` as `${NPM_TOKEN}` with the value supplied by CI secrets.',
  verify: 'Run `npm token list` and check the old token is gone, then re-run the scan.',
  references: [
    'CWE-798',
    'https://docs.npmjs.com/about-access-tokens',
    'https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration',
  ],
  fixable: 'suggestion',
  options: {
    variable: { description: 'Environment variable `.npmrc` should read the token from (e.g. NPM_TOKEN).' },
  },
  check(doc, ctx) {
    if (fileClass(doc.path) === 'lock') return;
    const reported = new Set<number>();
    if (doc.base === '.npmrc') {
      for (const m of findTokens(doc, ['_auth', '_password'], NPMRC_CREDENTIAL)) {
        if (m.value.includes('$') || isPlaceholderToken(m.value)) continue;
        reported.add(m.start);
        const key = m.match.groups?.['key'] ?? '_authToken';
        reportSecret(doc, ctx, {
          detector: 'npm-token',
          label: `npm ${key}`,
          value: m.value,
          start: m.start,
          end: m.end,
          suggest: envSuggestion(
            'dollar-brace',
            key === '_authToken' ? 'NPM_TOKEN' : 'NPM_AUTH',
            [m.start, m.end],
            [m.start, m.end],
          ),
        });
      }
    }
    for (const m of findTokens(doc, ['npm_'], TOKEN)) {
      if (reported.has(m.start) || isPlaceholderToken(m.value, m.value.slice(4))) continue;
      reportSecret(doc, ctx, {
        detector: 'npm-token',
        label: 'npm token',
        value: m.value,
        start: m.start,
        end: m.end,
      });
    }
  },
});
