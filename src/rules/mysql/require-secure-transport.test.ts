import { mysqlHandler } from '../../sources/parsers/mysql/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './require-secure-transport.js';

ruleTester(
  rule,
  mysqlHandler,
  {
    valid: [
      { code: '[mysqld]\nrequire_secure_transport = ON\n' },
      { name: 'socket only', code: '[mysqld]\nskip-networking\n' },
      { name: 'fragment', code: '[mysqld]\nport = 3306\n', path: 'mysql/conf.d/x.cnf' },
    ],
    invalid: [
      {
        code: '[mysqld]\nrequire-secure-transport = OFF\n',
        errors: [{ line: 2, message: /is off/ }],
      },
      {
        name: 'missing',
        code: '# server\n[mysqld]\nport = 3306\n',
        options: { enable: 'ON' },
        errors: [{ line: 2, message: /not set/ }],
        output: '# server\n[mysqld]\nrequire_secure_transport = ON\nport = 3306\n',
      },
      {
        name: 'suggestion switches it on',
        code: '[mysqld]\nrequire_secure_transport=0\n',
        options: { enable: 'on' },
        errors: 1,
        output: '[mysqld]\nrequire_secure_transport=ON\n',
      },
    ],
  },
  { path: 'my.cnf' },
);
