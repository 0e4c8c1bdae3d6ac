import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-mysql-root-empty-password.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'root refused',
      doc: liveDoc('mysql-live', {
        logins: [{ user: 'root', password: 'empty', outcome: 'denied', message: 'Access denied' }],
      }),
    },
    {
      name: 'supplied root password is fine',
      doc: liveDoc('mysql-live', { logins: [{ user: 'root', password: 'supplied', outcome: 'ok' }] }),
    },
    {
      name: 'default credentials skipped',
      doc: liveDoc('mysql-live', { defaultCredentialsChecked: false, logins: [] }),
    },
  ],
  invalid: [
    {
      doc: liveDoc('mysql-live', {
        logins: [{ user: 'root', password: 'empty', outcome: 'ok', matchedAccount: 'root@localhost' }],
        accounts: [
          { user: 'root', host: 'localhost', plugin: 'mysql_native_password', emptyPassword: true },
          { user: 'root', host: '%', plugin: 'mysql_native_password', emptyPassword: true },
          { user: 'app', host: '%', plugin: 'mysql_native_password', emptyPassword: false },
        ],
      }),
      errors: [
        {
          message: 'mysql://127.0.0.1:3306 accepted root with an empty password (account root@localhost)',
          severity: 'critical',
          path: 'mysql://127.0.0.1:3306/account/root/password',
        },
      ],
      actions: [
        {
          type: 'mysql.harden',
          endpoint: 'mysql://127.0.0.1:3306',
          target: { host: '127.0.0.1', port: 3306 },
          ruleIds: ['live-mysql/root-empty-password'],
          params: {
            setPasswordFor: [
              { user: 'root', host: 'localhost' },
              { user: 'root', host: '%' },
            ],
            dropAccounts: [],
            localInfileOff: false,
          },
        },
      ],
    },
  ],
});
