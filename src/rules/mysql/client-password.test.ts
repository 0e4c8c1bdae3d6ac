import { mysqlHandler } from '../../sources/parsers/mysql/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './client-password.js';

ruleTester(
  rule,
  mysqlHandler,
  {
    valid: [
      { code: '[client]\nuser = app\n' },
      { name: 'per-user file', code: '[client]\npassword = s3cr3t-value\n', path: 'home/app/.my.cnf' },
      { name: 'Debian maintenance file', code: '[client]\npassword = abc\n', path: 'etc/mysql/debian.cnf' },
      { name: 'empty prompts', code: '[client]\npassword\npassword =\n' },
      { name: 'templated', code: '[client]\npassword = $' + '{MYSQL_PASSWORD}\n' },
    ],
    invalid: [
      {
        code: '[mysqld]\nport=3306\n[client]\nuser=root\npassword="Sup3r#Secret"\n[mysqldump]\npassword = other\n',
        errors: [
          { line: 5, message: '[client] stores a password in a shared option file' },
          { line: 7, message: /\[mysqldump\]/ },
        ],
      },
    ],
  },
  { path: 'my.cnf' },
);
