import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-cors.js';
import { httpDoc } from './lib/docs.js';

const ORIGIN = 'https://evil.example';

liveRuleTester(rule, {
  valid: [
    { name: 'no CORS headers', doc: httpDoc({ cors: { origin: ORIGIN, allowCredentials: false } }) },
    {
      name: 'fixed allow-list origin',
      doc: httpDoc({
        cors: { origin: ORIGIN, allowOrigin: 'https://app.example.com', allowCredentials: true },
      }),
    },
  ],
  invalid: [
    {
      name: 'reflected with credentials',
      doc: httpDoc({ cors: { origin: ORIGIN, allowOrigin: ORIGIN, allowCredentials: true } }),
      errors: [
        {
          message: /reflects any Origin and allows credentials/,
          severity: 'high',
          path: 'https://127.0.0.1:443/cors',
        },
      ],
    },
    {
      name: 'reflected without credentials',
      doc: httpDoc({ cors: { origin: ORIGIN, allowOrigin: ORIGIN, allowCredentials: false } }),
      errors: [{ severity: 'medium' }],
    },
    {
      name: 'wildcard',
      doc: httpDoc({ cors: { origin: ORIGIN, allowOrigin: '*', allowCredentials: false } }),
      errors: [{ severity: 'low', message: /allows every origin/ }],
    },
  ],
});
