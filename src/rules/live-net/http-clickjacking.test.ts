import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-clickjacking.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [
    { name: 'X-Frame-Options DENY', doc: httpDoc({ headers: { 'x-frame-options': 'DENY' } }) },
    {
      name: 'frame-ancestors self',
      doc: httpDoc({ headers: { 'content-security-policy': "frame-ancestors 'self'" } }),
    },
    { name: 'not HTML', doc: httpDoc({ headers: { 'content-type': 'image/png' } }) },
  ],
  invalid: [
    {
      name: 'nothing',
      doc: httpDoc({}),
      errors: [{ message: /sets neither CSP frame-ancestors nor a valid X-Frame-Options/ }],
    },
    {
      name: 'ALLOW-FROM is obsolete',
      doc: httpDoc({ headers: { 'x-frame-options': 'ALLOW-FROM https://a.example' } }),
      errors: 1,
    },
    {
      name: 'frame-ancestors *',
      doc: httpDoc({ headers: { 'content-security-policy': 'frame-ancestors *' } }),
      errors: [{ message: /any origin/ }],
    },
  ],
});
