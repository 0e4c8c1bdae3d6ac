import { mysqlHandler } from '../../sources/parsers/mysql/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './log-raw.js';

ruleTester(
  rule,
  mysqlHandler,
  {
    valid: [{ code: '[mysqld]\nlog-raw = OFF\n' }, { name: 'default', code: '[mysqld]\ngeneral_log = 1\n' }],
    invalid: [
      {
        code: '[mysqld]\ngeneral_log = 1\nlog-raw\n',
        errors: [{ line: 3, message: /unmasked/ }],
        output: '[mysqld]\ngeneral_log = 1\nlog-raw = OFF\n',
      },
      {
        name: 'in a conf.d file included from my.cnf that is not scanned on its own',
        code: '[mysqld]\n!include /etc/extra/logging.conf\n',
        files: { '/sample/etc/extra/logging.conf': '[mysqld]\nlog_raw = ON\n' },
        errors: [{ line: 2 }],
      },
    ],
  },
  { path: 'my.cnf' },
);
