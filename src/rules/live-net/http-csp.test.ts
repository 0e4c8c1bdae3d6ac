import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-csp.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'strict policy',
      doc: httpDoc({ headers: { 'content-security-policy': "default-src 'self'; script-src 'self'" } }),
    },
    {
      name: 'inline with nonce',
      doc: httpDoc({ headers: { 'content-security-policy': "script-src 'nonce-abc' 'unsafe-inline'" } }),
    },
    { name: 'JSON API is not judged', doc: httpDoc({ headers: { 'content-type': 'application/json' } }) },
  ],
  invalid: [
    {
      name: 'missing',
      doc: httpDoc({}),
      errors: [{ message: 'https://127.0.0.1:443 serves HTML without a Content-Security-Policy' }],
    },
    {
      name: 'unsafe-inline and unsafe-eval',
      doc: httpDoc({
        headers: { 'content-security-policy': "default-src 'self' 'unsafe-inline' 'unsafe-eval'" },
      }),
      errors: [
        {
          message: /allows 'unsafe-inline' and 'unsafe-eval' scripts/,
          path: 'https://127.0.0.1:443/headers/content-security-policy/script-src',
        },
      ],
    },
    {
      name: 'no script restriction',
      doc: httpDoc({ headers: { 'content-security-policy': 'frame-ancestors none' } }),
      errors: [{ message: /does not restrict scripts/ }],
    },
  ],
});
