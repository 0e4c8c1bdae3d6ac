import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-redis-config-command-exposed.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'CONFIG renamed or denied',
      doc: liveDoc('redis-live', { unauthenticatedAccess: true, configCommand: 'denied' }),
    },
    {
      name: 'read as an authenticated admin',
      doc: liveDoc('redis-live', {
        unauthenticatedAccess: false,
        authenticated: true,
        configCommand: 'allowed',
      }),
    },
  ],
  invalid: [
    {
      doc: liveDoc('redis-live', {
        unauthenticatedAccess: true,
        configCommand: 'allowed',
        defaultUser: { enabled: true, nopass: true, passwordCount: 0, commands: '+@all' },
      }),
      errors: [
        {
          message: 'redis://127.0.0.1:6379 lets unauthenticated clients run CONFIG (commands: +@all)',
          severity: 'high',
        },
      ],
      actions: [
        {
          type: 'redis.harden',
          endpoint: 'redis://127.0.0.1:6379',
          target: { host: '127.0.0.1', port: 6379 },
          ruleIds: ['live-redis/config-command-exposed'],
          params: { requirePassword: true, protectedMode: false },
        },
      ],
    },
  ],
});
