import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './weak-macs.js';

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [
      { code: 'MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com\n' },
      {
        name: 'sha1 with encrypt-then-MAC is not flagged',
        code: 'MACs hmac-sha2-256,hmac-sha1-etm@openssh.com\n',
      },
    ],
    invalid: [
      {
        code: 'MACs hmac-sha2-256,hmac-md5,hmac-sha1,umac-64@openssh.com,hmac-ripemd160\n',
        errors: [{ line: 1, message: /hmac-md5, hmac-sha1, umac-64@openssh.com, hmac-ripemd160/ }],
        output: 'MACs hmac-sha2-256\n',
      },
      {
        name: 'in a Match block of an included file: reported there',
        code: 'Include extra.conf\n',
        files: { '/sample/extra.conf': 'Match User legacy\n  MACs ^hmac-md5\n' },
        errors: [{ line: 2, message: /in Match User legacy/ }],
      },
    ],
  },
  { path: 'sshd_config' },
);
