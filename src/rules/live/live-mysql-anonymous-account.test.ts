import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-mysql-anonymous-account.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'only named accounts',
      doc: liveDoc('mysql-live', {
        logins: [{ user: '', password: 'empty', outcome: 'denied', message: 'Access denied' }],
        accounts: [{ user: 'root', host: 'localhost' }],
      }),
    },
  ],
  invalid: [
    {
      doc: liveDoc('mysql-live', {
        accounts: [
          { user: 'root', host: 'localhost' },
          { user: '', host: 'localhost' },
          { user: '', host: 'db1' },
        ],
      }),
      errors: [
        {
          message: "mysql://127.0.0.1:3306 has anonymous account(s) ''@'localhost', ''@'db1'",
          severity: 'high',
        },
      ],
      actions: [
        {
          type: 'mysql.harden',
          endpoint: 'mysql://127.0.0.1:3306',
          target: { host: '127.0.0.1', port: 3306 },
          ruleIds: ['live-mysql/anonymous-account'],
          params: {
            setPasswordFor: [],
            dropAccounts: [
              { user: '', host: 'localhost' },
              { user: '', host: 'db1' },
            ],
            localInfileOff: false,
          },
        },
      ],
    },
    {
      name: 'anonymous login worked but the account list is not readable',
      doc: liveDoc('mysql-live', {
        logins: [{ user: '', password: 'empty', outcome: 'ok', matchedAccount: '@localhost' }],
      }),
      errors: [
        {
          message: 'mysql://127.0.0.1:3306 accepted an anonymous login',
          path: 'mysql://127.0.0.1:3306/account/anonymous',
        },
      ],
    },
  ],
});
