import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-postgres-weak-password-auth.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'SCRAM',
      doc: liveDoc('postgres-live', {
        defaultLogin: {
          user: 'postgres',
          outcome: 'password-required',
          method: 'scram-sha-256',
          withPassword: false,
        },
      }),
    },
    {
      name: 'trust is another rule',
      doc: liveDoc('postgres-live', {
        defaultLogin: { user: 'postgres', outcome: 'ok', method: 'trust', withPassword: false },
      }),
    },
  ],
  invalid: [
    {
      doc: liveDoc('postgres-live', {
        sslOffered: true,
        defaultLogin: { user: 'postgres', outcome: 'password-required', method: 'md5', withPassword: false },
      }),
      errors: [
        {
          message: 'postgres://127.0.0.1:5432 asks "postgres" for a password with MD5 authentication',
          severity: 'medium',
        },
      ],
    },
    {
      name: 'clear text without TLS is worse',
      doc: liveDoc('postgres-live', {
        sslOffered: false,
        suppliedLogin: { user: 'app', outcome: 'ok', method: 'cleartext', withPassword: true },
      }),
      errors: [
        { message: /clear-text/, severity: 'high', path: 'postgres://127.0.0.1:5432/role/app/auth-method' },
      ],
    },
  ],
});
