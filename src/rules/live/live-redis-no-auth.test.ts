import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-redis-no-auth.js';

const open = liveDoc('redis-live', {
  unauthenticatedAccess: true,
  configCommand: 'allowed',
  protectedMode: 'yes',
});

liveRuleTester(rule, {
  valid: [
    { name: 'password required', doc: liveDoc('redis-live', { unauthenticatedAccess: false }) },
    {
      name: 'logged in with supplied credentials',
      doc: liveDoc('redis-live', { unauthenticatedAccess: false, authenticated: true }),
    },
    { name: 'not observed (probe failed)', doc: liveDoc('redis-live', {}) },
  ],
  invalid: [
    {
      doc: open,
      errors: [
        {
          message: 'redis://127.0.0.1:6379 accepts commands from unauthenticated clients',
          severity: 'critical',
          path: 'redis://127.0.0.1:6379/auth',
        },
      ],
      actions: [
        {
          type: 'redis.harden',
          endpoint: 'redis://127.0.0.1:6379',
          target: { host: '127.0.0.1', port: 6379 },
          ruleIds: ['live-redis/no-auth'],
          params: { requirePassword: true, protectedMode: false },
        },
      ],
    },
  ],
});
