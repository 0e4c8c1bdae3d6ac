import { mysqlHandler } from '../../sources/parsers/mysql/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './bind-all-interfaces.js';

ruleTester(
  rule,
  mysqlHandler,
  {
    valid: [
      { code: '[mysqld]\nbind-address = 127.0.0.1\n' },
      { name: 'no networking', code: '[mysqld]\nskip-networking\n' },
      { name: 'fragment cannot tell', code: '[mysqld]\nport = 3306\n', path: 'etc/mysql/conf.d/port.cnf' },
      { name: 'unresolved includes cannot tell', code: '[mysqld]\n!includedir /etc/mysql/conf.d/\n' },
      { name: 'client-only file', code: '[client]\nport = 3306\n' },
    ],
    invalid: [
      {
        code: '[mysqld]\nbind-address = 0.0.0.0\n',
        errors: [{ line: 2, message: 'bind-address = 0.0.0.0 listens on every interface', severity: 'low' }],
      },
      {
        name: 'missing, suggestion inserts after the group header',
        code: '[client]\nport=3306\n\n[mysqld]\nport=3306\n',
        options: { address: '10.0.0.5' },
        errors: [{ line: 4, message: /default/ }],
        output: '[client]\nport=3306\n\n[mysqld]\nbind-address=10.0.0.5\nport=3306\n',
      },
      {
        name: 'suggestion replaces the value',
        code: '[mysqld]\nbind_address = *\n',
        options: { address: '127.0.0.1' },
        errors: 1,
        output: '[mysqld]\nbind_address = 127.0.0.1\n',
      },
    ],
  },
  { path: 'my.cnf' },
);
