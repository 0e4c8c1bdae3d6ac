import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-nosniff.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [
    { doc: httpDoc({ headers: { 'x-content-type-options': 'nosniff' } }) },
    { name: 'error page', doc: httpDoc({ status: 404 }) },
  ],
  invalid: [
    {
      doc: httpDoc({}),
      errors: [
        { message: 'https://127.0.0.1:443 does not send X-Content-Type-Options: nosniff', severity: 'low' },
      ],
    },
    { name: 'wrong value', doc: httpDoc({ headers: { 'x-content-type-options': 'sniff' } }), errors: 1 },
  ],
});
