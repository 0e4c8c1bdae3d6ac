import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-mysql-no-tls.js';

liveRuleTester(rule, {
  valid: [
    { name: 'CLIENT_SSL advertised', doc: liveDoc('mysql-live', { tlsSupported: true }) },
    { name: 'greeting not read', doc: liveDoc('mysql-live', {}) },
  ],
  invalid: [
    {
      doc: liveDoc('mysql-live', { tlsSupported: false, serverVersion: '10.11.6-MariaDB' }),
      errors: [
        {
          message: 'mysql://127.0.0.1:3306 (10.11.6-MariaDB) does not offer TLS',
          severity: 'medium',
          path: 'mysql://127.0.0.1:3306/tls',
        },
      ],
      actions: [],
    },
  ],
});
