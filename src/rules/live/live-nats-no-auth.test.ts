import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-nats-no-auth.js';

liveRuleTester(rule, {
  valid: [
    { name: 'auth required', doc: liveDoc('nats-live', { authRequired: true, version: '2.10.4' }) },
    { name: 'not observed', doc: liveDoc('nats-live', {}) },
  ],
  invalid: [
    {
      doc: liveDoc('nats-live', { authRequired: false, version: '2.10.4', jetstream: true }),
      errors: [
        {
          message:
            'nats://127.0.0.1:4222 (nats-server 2.10.4) does not require authentication; JetStream is enabled',
          severity: 'high',
        },
      ],
    },
  ],
});
