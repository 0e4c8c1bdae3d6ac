import { mysqlHandler } from '../../sources/parsers/mysql/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './secure-file-priv-empty.js';

ruleTester(
  rule,
  mysqlHandler,
  {
    valid: [
      { code: '[mysqld]\nsecure_file_priv = /var/lib/mysql-files\n' },
      { name: 'disabled', code: '[mysqld]\nsecure-file-priv = NULL\n' },
      { name: 'not set', code: '[mysqld]\nport = 3306\n' },
    ],
    invalid: [
      {
        code: '[mysqld]\nsecure-file-priv = ""\n',
        errors: [{ line: 2, message: /FILE privilege/ }],
      },
      {
        name: 'suggestion keeps the quoting',
        code: "[mysqld]\nsecure_file_priv = ''\n",
        options: { directory: '/var/lib/mysql-files' },
        errors: 1,
        output: "[mysqld]\nsecure_file_priv = '/var/lib/mysql-files'\n",
      },
      {
        name: 'suggestion fills an empty value',
        code: '[mysqld]\nsecure_file_priv=\nport=3306\n',
        options: { directory: '/srv/mysql-files' },
        errors: 1,
        output: '[mysqld]\nsecure_file_priv=/srv/mysql-files\nport=3306\n',
      },
    ],
  },
  { path: 'my.cnf' },
);
