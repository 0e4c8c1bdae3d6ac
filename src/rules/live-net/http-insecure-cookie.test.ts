import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-insecure-cookie.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'hardened session cookie',
      doc: httpDoc({ cookies: [{ name: 'sessionid', secure: true, httpOnly: true, sameSite: 'Lax' }] }),
    },
    {
      name: 'csrf token readable by script',
      doc: httpDoc({ cookies: [{ name: 'csrftoken', secure: true, httpOnly: false, sameSite: 'Strict' }] }),
    },
    {
      name: 'non-session cookie on http',
      doc: httpDoc({ scheme: 'http', cookies: [{ name: 'theme', secure: false, httpOnly: false }] }),
    },
  ],
  invalid: [
    {
      name: 'bare session cookie over https',
      doc: httpDoc({ cookies: [{ name: 'PHPSESSID', secure: false, httpOnly: false }] }),
      errors: [
        {
          message: 'cookie PHPSESSID on https://127.0.0.1:443 lacks the Secure flag',
          severity: 'medium',
          path: 'https://127.0.0.1:443/cookies/PHPSESSID/secure',
        },
        { message: /lacks HttpOnly/, severity: 'medium' },
        { message: /sets no SameSite/, severity: 'low' },
      ],
    },
    {
      name: 'theme cookie without Secure on https',
      doc: httpDoc({ cookies: [{ name: 'theme', secure: false, httpOnly: false }] }),
      errors: 1,
    },
  ],
});
