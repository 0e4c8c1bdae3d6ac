import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-mongodb-no-auth.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'access control on',
      doc: liveDoc('mongodb-live', { listDatabases: 'denied', version: '7.0.2' }),
    },
    { name: 'not observed', doc: liveDoc('mongodb-live', {}) },
  ],
  invalid: [
    {
      doc: liveDoc('mongodb-live', { listDatabases: 'allowed', databases: ['admin', 'config', 'shop'] }),
      errors: [
        {
          message: 'mongodb://127.0.0.1:27017 lists 3 database(s) without authentication',
          severity: 'critical',
        },
      ],
      actions: [],
    },
  ],
});
