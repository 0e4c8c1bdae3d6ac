import { pgHbaHandler } from '../../sources/parsers/postgres/hba-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './hba-password-cleartext.js';

ruleTester(
  rule,
  pgHbaHandler,
  {
    valid: [
      { code: 'hostssl all all 10.0.0.0/8 scram-sha-256\n' },
      { name: 'a database named password', code: 'host password all 10.0.0.0/8 md5\n' },
    ],
    invalid: [
      {
        code: 'host all app 10.0.0.0/8 password\nhostssl all app 10.0.0.0/8 password\n',
        errors: [
          { line: 1, severity: 'high', message: /unencrypted/ },
          { line: 2, severity: 'medium' },
        ],
        output: 'host all app 10.0.0.0/8 scram-sha-256\nhostssl all app 10.0.0.0/8 scram-sha-256\n',
      },
    ],
  },
  { path: 'pg_hba.conf' },
);
