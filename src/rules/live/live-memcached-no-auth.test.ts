import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-memcached-no-auth.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'refused (SASL)',
      doc: liveDoc('memcached-live', { statsReadable: false, refusal: 'CLIENT_ERROR unauthenticated' }),
    },
    { name: 'not observed', doc: liveDoc('memcached-live', {}) },
  ],
  invalid: [
    {
      doc: liveDoc('memcached-live', { statsReadable: true, version: '1.6.18', currentItems: 42 }),
      errors: [
        {
          message: 'memcached://127.0.0.1:11211 (memcached 1.6.18) answers stats without authentication',
          severity: 'high',
        },
      ],
    },
  ],
});
