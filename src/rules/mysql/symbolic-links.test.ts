import { mysqlHandler } from '../../sources/parsers/mysql/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './symbolic-links.js';

ruleTester(
  rule,
  mysqlHandler,
  {
    valid: [
      { code: '[mysqld]\nsymbolic-links=0\n' },
      { name: 'skip form', code: '[mysqld]\nskip-symbolic-links\n' },
      { name: 'default', code: '[mysqld]\nport=3306\n' },
    ],
    invalid: [
      {
        code: '[mysqld]\nsymbolic-links=1\n',
        errors: [{ line: 2, message: /enables symbolic links/ }],
        output: '[mysqld]\nsymbolic-links=0\n',
      },
      {
        name: 'negated skip',
        code: '[mysqld]\nskip_symbolic_links = 0\n',
        errors: [{ line: 2 }],
        output: '[mysqld]\nsymbolic_links = 0\n',
      },
    ],
  },
  { path: 'my.cnf' },
);
