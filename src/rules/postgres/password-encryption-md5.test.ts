import { postgresConfHandler } from '../../sources/parsers/postgres/conf-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './password-encryption-md5.js';

ruleTester(
  rule,
  postgresConfHandler,
  {
    valid: [{ code: "password_encryption = 'scram-sha-256'\n" }, { name: 'default', code: 'port = 5432\n' }],
    invalid: [
      {
        code: "password_encryption = 'md5'\t# legacy clients\n",
        errors: [{ line: 1 }],
        output: "password_encryption = 'scram-sha-256'\t# legacy clients\n",
      },
      {
        name: 'bare value, last one wins',
        code: 'password_encryption scram-sha-256\npassword_encryption md5\n',
        errors: [{ line: 2 }],
        output: 'password_encryption scram-sha-256\npassword_encryption scram-sha-256\n',
      },
    ],
  },
  { path: 'postgresql.conf' },
);
