import { postgresConfHandler } from '../../sources/parsers/postgres/conf-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './listen-all-addresses.js';

ruleTester(
  rule,
  postgresConfHandler,
  {
    valid: [
      { code: "listen_addresses = 'localhost,10.0.0.5'\n" },
      { name: 'default', code: 'port = 5432\n' },
    ],
    invalid: [
      {
        code: "listen_addresses = '*'\n",
        errors: [{ line: 1, message: "listen_addresses = '*' listens on every interface" }],
      },
      {
        name: 'suggestion',
        code: "#listen_addresses = 'localhost'\nlisten_addresses = '0.0.0.0'  # all\n",
        options: { addresses: 'localhost,10.0.0.5' },
        errors: [{ line: 2 }],
        output: "#listen_addresses = 'localhost'\nlisten_addresses = 'localhost,10.0.0.5'  # all\n",
      },
    ],
  },
  { path: 'postgresql.conf' },
);
