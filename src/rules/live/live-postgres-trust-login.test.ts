import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-postgres-trust-login.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'password required',
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
      name: 'no pg_hba.conf entry',
      doc: liveDoc('postgres-live', {
        defaultLogin: {
          user: 'postgres',
          outcome: 'rejected',
          message: 'no pg_hba.conf entry',
          withPassword: false,
        },
      }),
    },
    {
      name: 'default credentials not tried',
      doc: liveDoc('postgres-live', { defaultCredentialsChecked: false }),
    },
  ],
  invalid: [
    {
      doc: liveDoc('postgres-live', {
        defaultLogin: { user: 'postgres', outcome: 'ok', method: 'trust', withPassword: false },
        settings: { hba_file: '/var/lib/postgresql/data/pg_hba.conf' },
      }),
      errors: [
        {
          message: 'postgres://127.0.0.1:5432 accepted a login as "postgres" without a password (trust)',
          severity: 'critical',
          path: 'postgres://127.0.0.1:5432/role/postgres/auth',
        },
      ],
      actions: [
        {
          type: 'postgres.require-password',
          endpoint: 'postgres://127.0.0.1:5432',
          target: { host: '127.0.0.1', port: 5432 },
          ruleIds: ['live-postgres/trust-login'],
          params: { role: 'postgres', hbaFile: '/var/lib/postgresql/data/pg_hba.conf' },
        },
      ],
    },
  ],
});
