import { pgHbaHandler } from '../../sources/parsers/postgres/hba-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './hba-no-ssl.js';

ruleTester(
  rule,
  pgHbaHandler,
  {
    valid: [
      {
        code: 'hostssl all all 10.0.0.0/8 scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\nlocal all all peer\n',
      },
      { name: 'reject lines', code: 'hostnossl all all 0.0.0.0/0 reject\n' },
    ],
    invalid: [
      {
        code: 'host all all 10.0.0.0/8 scram-sha-256\nhostnossl all all 10.0.0.0/8 scram-sha-256\n',
        errors: [
          { line: 1, severity: 'low', message: /prefer hostssl/ },
          { line: 2, severity: 'medium', message: /only accepts unencrypted/ },
        ],
      },
      {
        name: 'suggestion switches to hostssl',
        code: 'host all all 10.0.0.0/8 scram-sha-256\n',
        options: { type: 'hostssl' },
        errors: 1,
        output: 'hostssl all all 10.0.0.0/8 scram-sha-256\n',
      },
    ],
  },
  { path: 'pg_hba.conf' },
);
