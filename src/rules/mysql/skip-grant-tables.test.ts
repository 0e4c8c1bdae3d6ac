import { mysqlHandler } from '../../sources/parsers/mysql/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './skip-grant-tables.js';

ruleTester(
  rule,
  mysqlHandler,
  {
    valid: [
      { code: '[mysqld]\nskip-name-resolve\n' },
      { name: 'explicitly off', code: '[mysqld]\nskip-grant-tables = 0\n' },
      { name: 'client groups do not matter', code: '[mysqldump]\nquick\n' },
    ],
    invalid: [
      {
        code: '[mysqld]\nuser = mysql\nskip-grant-tables   # recovery, remove me\nport = 3306\n',
        errors: [
          {
            line: 3,
            message: 'skip-grant-tables in [mysqld] disables all authentication and privilege checks',
          },
        ],
        output: '[mysqld]\nuser = mysql\nport = 3306\n',
      },
      {
        name: 'underscore, loose prefix, MariaDB group, no final newline',
        code: '[mariadb]\nloose_skip_grant_tables=ON',
        errors: [{ line: 2 }],
        output: '[mariadb]\n',
      },
    ],
  },
  { path: 'my.cnf' },
);
