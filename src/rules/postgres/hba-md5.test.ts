import { pgHbaHandler } from '../../sources/parsers/postgres/hba-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './hba-md5.js';

ruleTester(
  rule,
  pgHbaHandler,
  {
    valid: [{ code: 'host all all 10.0.0.0/8 scram-sha-256\nlocal all all peer\n' }],
    invalid: [
      {
        code: 'local all postgres peer\r\nhost\tall\tall\t192.168.0.0 255.255.0.0\tMD5\r\n',
        errors: [{ line: 2, message: 'md5 authentication: prefer scram-sha-256' }],
        output: 'local all postgres peer\r\nhost\tall\tall\t192.168.0.0 255.255.0.0\tscram-sha-256\r\n',
      },
    ],
  },
  { path: 'pg_hba.conf' },
);
