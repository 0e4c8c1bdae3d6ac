import { mysqlHandler } from '../../sources/parsers/mysql/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './local-infile.js';

ruleTester(
  rule,
  mysqlHandler,
  {
    valid: [
      { code: '[mysqld]\nlocal_infile = 0\n' },
      { name: 'skip- prefix', code: '[mysqld]\nlocal-infile\nskip-local-infile\n' },
      { name: 'client side only', code: '[mysql]\nlocal-infile = 1\n' },
    ],
    invalid: [
      {
        name: 'bare option',
        code: '[mysqld]\nport=3306\nlocal-infile\n',
        errors: [{ line: 3, message: 'local-infile in [mysqld] enables LOAD DATA LOCAL INFILE' }],
        output: '[mysqld]\nport=3306\nlocal-infile=0\n',
      },
      {
        name: 'value ON, spaced style kept',
        code: '[server]\nport = 3306\nlocal_infile = ON  # imports\n',
        errors: [{ line: 3 }],
        output: '[server]\nport = 3306\nlocal_infile = 0  # imports\n',
      },
      {
        name: 'enable- prefix',
        code: '[mysqld]\nenable-local-infile\n',
        errors: [{ line: 2 }],
        output: '[mysqld]\nlocal-infile = 0\n',
      },
    ],
  },
  { path: 'my.cnf' },
);
