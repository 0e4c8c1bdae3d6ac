import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-hsts.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'one year with subdomains',
      doc: httpDoc({
        headers: { 'strict-transport-security': 'max-age=31536000; includeSubDomains; preload' },
      }),
    },
    { name: 'plain http is not judged', doc: httpDoc({ scheme: 'http' }) },
  ],
  invalid: [
    {
      name: 'missing',
      doc: httpDoc({}),
      errors: [
        {
          message: 'https://127.0.0.1:443 sends no Strict-Transport-Security header',
          severity: 'medium',
          path: 'https://127.0.0.1:443/headers/strict-transport-security',
        },
      ],
    },
    {
      name: 'one day',
      doc: httpDoc({ headers: { 'strict-transport-security': 'max-age=86400; includeSubDomains' } }),
      errors: [{ message: /max-age is 86400/, severity: 'medium' }],
    },
    {
      name: 'no includeSubDomains',
      doc: httpDoc({ headers: { 'strict-transport-security': 'max-age=63072000' } }),
      errors: [{ message: /no includeSubDomains/, severity: 'low' }],
    },
  ],
});
