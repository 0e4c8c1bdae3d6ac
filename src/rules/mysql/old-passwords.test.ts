import { mysqlHandler } from '../../sources/parsers/mysql/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './old-passwords.js';

ruleTester(
  rule,
  mysqlHandler,
  {
    valid: [
      { code: '[mysqld]\nold_passwords = 0\nsecure_auth = ON\n' },
      { name: 'sha256 hashing', code: '[mysqld]\nold_passwords = 2\n' },
    ],
    invalid: [
      {
        code: '[mysqld]\nold_passwords = 1\nskip-secure-auth\n',
        errors: [
          { line: 2, message: /pre-4\.1 hash/ },
          { line: 3, message: /lets clients log in/ },
        ],
        output: '[mysqld]\nold_passwords = 0\nsecure-auth = ON\n',
      },
    ],
  },
  { path: 'my.cnf' },
);
