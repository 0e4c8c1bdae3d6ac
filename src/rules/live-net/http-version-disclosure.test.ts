import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-version-disclosure.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [
    { name: 'product only', doc: httpDoc({ headers: { server: 'nginx' } }) },
    { name: 'no headers', doc: httpDoc({}) },
  ],
  invalid: [
    {
      doc: httpDoc({ headers: { server: 'Apache/2.4.49 (Unix)', 'x-powered-by': 'PHP/7.2.1' } }),
      errors: [
        {
          message: 'https://127.0.0.1:443 announces its version: Server: Apache/2.4.49 (Unix)',
          path: 'https://127.0.0.1:443/headers/server',
        },
        { message: 'https://127.0.0.1:443 sends x-powered-by: PHP/7.2.1' },
      ],
    },
  ],
});
