import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-mysql-local-infile.js';

liveRuleTester(rule, {
  valid: [
    { name: 'off', doc: liveDoc('mysql-live', { localInfile: false }) },
    { name: 'unknown (no login)', doc: liveDoc('mysql-live', {}) },
  ],
  invalid: [
    {
      doc: liveDoc('mysql-live', { localInfile: true }),
      errors: [{ message: 'mysql://127.0.0.1:3306 has local_infile enabled', severity: 'medium' }],
      actions: [
        {
          type: 'mysql.harden',
          endpoint: 'mysql://127.0.0.1:3306',
          target: { host: '127.0.0.1', port: 3306 },
          ruleIds: ['live-mysql/local-infile'],
          params: { setPasswordFor: [], dropAccounts: [], localInfileOff: true },
        },
      ],
    },
  ],
});
