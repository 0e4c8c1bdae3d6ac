import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-referrer-policy.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [
    { doc: httpDoc({ headers: { 'referrer-policy': 'strict-origin-when-cross-origin' } }) },
    {
      name: 'fallback list ending strict',
      doc: httpDoc({ headers: { 'referrer-policy': 'no-referrer, strict-origin-when-cross-origin' } }),
    },
  ],
  invalid: [
    { doc: httpDoc({}), errors: [{ message: 'https://127.0.0.1:443 sends no Referrer-Policy header' }] },
    {
      name: 'unsafe-url',
      doc: httpDoc({ headers: { 'referrer-policy': 'unsafe-url' } }),
      errors: [{ message: /unsafe-url leaks full URLs/ }],
    },
  ],
});
