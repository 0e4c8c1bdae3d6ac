import { postgresConfHandler } from '../../sources/parsers/postgres/conf-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ssl-off.js';

ruleTester(
  rule,
  postgresConfHandler,
  {
    valid: [
      { code: "listen_addresses = '*'\nssl = on\n" },
      { name: 'localhost only (default)', code: 'port = 5432\n' },
      { name: 'explicit localhost', code: "listen_addresses = 'localhost'\nssl = off\n" },
      {
        name: 'fragment cannot tell',
        code: "listen_addresses = '*'\n",
        path: 'etc/postgresql/16/main/conf.d/net.conf',
      },
    ],
    invalid: [
      {
        code: "listen_addresses = '*'\nssl = off\n",
        errors: [{ line: 2, message: /ssl is off/ }],
      },
      {
        name: 'missing ssl, suggestion adds it after listen_addresses',
        code: "listen_addresses = '10.0.0.5'   # private\nport = 5432\n",
        options: { enable: 'on' },
        errors: [{ line: 1, message: /default off/ }],
        output: "listen_addresses = '10.0.0.5'   # private\nssl = on\nport = 5432\n",
      },
      {
        name: 'suggestion switches the value',
        code: "listen_addresses = '*'\nssl = 'false'\n",
        options: { enable: 'on' },
        errors: 1,
        output: "listen_addresses = '*'\nssl = 'on'\n",
      },
    ],
  },
  { path: 'postgresql.conf' },
);
