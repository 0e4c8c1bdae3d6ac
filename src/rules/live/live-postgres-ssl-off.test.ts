import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-postgres-ssl-off.js';

liveRuleTester(rule, {
  valid: [
    { name: 'TLS offered', doc: liveDoc('postgres-live', { sslOffered: true }) },
    { name: 'not observed', doc: liveDoc('postgres-live', {}) },
  ],
  invalid: [
    {
      doc: liveDoc('postgres-live', { sslOffered: false }),
      errors: [
        { message: /refused the SSL request/, severity: 'medium', path: 'postgres://127.0.0.1:5432/ssl' },
      ],
      actions: [],
    },
  ],
});
