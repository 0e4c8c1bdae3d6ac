import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './weak-kex.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'KexAlgorithms curve25519-sha256,diffie-hellman-group16-sha512\n' }],
    invalid: [
      {
        code: 'KexAlgorithms curve25519-sha256,diffie-hellman-group14-sha1,diffie-hellman-group1-sha1,diffie-hellman-group-exchange-sha1\n',
        errors: [
          {
            line: 1,
            message: /group14-sha1, diffie-hellman-group1-sha1, diffie-hellman-group-exchange-sha1/,
          },
        ],
        output: 'KexAlgorithms curve25519-sha256\n',
      },
      {
        name: 'added to the defaults, keeping the prefix',
        code: 'KexAlgorithms +diffie-hellman-group1-sha1,curve25519-sha256\n',
        errors: [{ line: 1 }],
        output: 'KexAlgorithms +curve25519-sha256\n',
      },
    ],
  },
  { path: 'sshd_config' },
);
