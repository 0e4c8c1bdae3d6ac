import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-redis-protected-mode-off.js';

const nopass = { enabled: true, nopass: true, passwordCount: 0, commands: '+@all' };

liveRuleTester(rule, {
  valid: [
    { name: 'protected mode on', doc: liveDoc('redis-live', { protectedMode: 'yes', defaultUser: nopass }) },
    {
      name: 'off but the default user has a password',
      doc: liveDoc('redis-live', {
        protectedMode: 'no',
        defaultUser: { ...nopass, nopass: false, passwordCount: 1 },
      }),
    },
    { name: 'unknown', doc: liveDoc('redis-live', { unauthenticatedAccess: true }) },
  ],
  invalid: [
    {
      doc: liveDoc('redis-live', { protectedMode: 'no', defaultUser: nopass, unauthenticatedAccess: true }),
      errors: [
        {
          message: /protected-mode no/,
          severity: 'high',
          path: 'redis://127.0.0.1:6379/config/protected-mode',
        },
      ],
      actions: [
        {
          type: 'redis.harden',
          endpoint: 'redis://127.0.0.1:6379',
          target: { host: '127.0.0.1', port: 6379 },
          ruleIds: ['live-redis/protected-mode-off'],
          params: { requirePassword: false, protectedMode: true },
        },
      ],
    },
    {
      name: 'no ACL information (Redis 5): falls back to unauthenticated access',
      doc: liveDoc('redis-live', { protectedMode: 'no', unauthenticatedAccess: true }),
      errors: 1,
    },
  ],
});
