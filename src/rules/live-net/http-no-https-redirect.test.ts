import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-no-https-redirect.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [
    { name: 'redirects', doc: httpDoc({ scheme: 'http', status: 301, redirectsToHttps: true }) },
    {
      name: 'no HTTPS on the host',
      doc: httpDoc({ scheme: 'http', redirectsToHttps: false, httpsAvailable: false }),
    },
    { name: 'https itself', doc: httpDoc({ scheme: 'https' }) },
  ],
  invalid: [
    {
      doc: httpDoc({ scheme: 'http', redirectsToHttps: false, httpsAvailable: true }),
      errors: [
        {
          message: 'http://127.0.0.1:80 answers 200 over plain HTTP instead of redirecting to HTTPS',
          path: 'http://127.0.0.1:80/https-redirect',
        },
      ],
    },
  ],
});
