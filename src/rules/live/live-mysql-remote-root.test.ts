import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-mysql-remote-root.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'loopback roots only',
      doc: liveDoc('mysql-live', {
        accounts: [
          { user: 'root', host: 'localhost' },
          { user: 'root', host: '127.0.0.1' },
          { user: 'root', host: '::1' },
          { user: 'root', host: 'db1' },
          { user: 'app', host: '%' },
        ],
        serverHostname: 'db1',
      }),
    },
    { name: 'accounts not readable', doc: liveDoc('mysql-live', {}) },
  ],
  invalid: [
    {
      doc: liveDoc('mysql-live', {
        accounts: [
          { user: 'root', host: 'localhost' },
          { user: 'root', host: '%', emptyPassword: false },
          { user: 'root', host: '10.0.%', emptyPassword: true },
        ],
      }),
      errors: [
        {
          message: "mysql://127.0.0.1:3306 has root@'%', which accepts logins from other machines",
          severity: 'high',
          path: 'mysql://127.0.0.1:3306/account/root@%',
        },
        { message: /10\.0\.%.*with an empty password/, severity: 'critical' },
      ],
      actions: [
        {
          type: 'mysql.harden',
          endpoint: 'mysql://127.0.0.1:3306',
          target: { host: '127.0.0.1', port: 3306 },
          ruleIds: ['live-mysql/remote-root'],
          params: {
            setPasswordFor: [],
            dropAccounts: [
              { user: 'root', host: '%' },
              { user: 'root', host: '10.0.%' },
            ],
            localInfileOff: false,
          },
        },
      ],
    },
  ],
});
