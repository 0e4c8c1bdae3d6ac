import { pgHbaHandler } from '../../sources/parsers/postgres/hba-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './hba-world-open.js';

ruleTester(
  rule,
  pgHbaHandler,
  {
    valid: [
      { code: 'hostssl all all 10.0.0.0/8 scram-sha-256\n' },
      { name: 'trust is reported by hba-trust only', code: 'host all all 0.0.0.0/0 trust\n' },
      { name: 'reject lines close access', code: 'host all all 0.0.0.0/0 reject\n' },
      { name: 'client certificates', code: 'hostssl all all ::/0 cert\n' },
      { name: 'local lines have no address', code: 'local all all scram-sha-256\n' },
    ],
    invalid: [
      {
        code: 'hostssl all all 0.0.0.0/0 scram-sha-256\nhost all all all md5\nhost all all 0.0.0.0 0.0.0.0 ldap ldapserver=ldap.example.com\n',
        errors: [
          { line: 1, message: 'hostssl 0.0.0.0/0 accepts scram-sha-256 logins from any address' },
          { line: 2 },
          { line: 3, message: /0\.0\.0\.0 0\.0\.0\.0/ },
        ],
      },
      {
        name: 'suggestion narrows the address (mask field included)',
        code: 'host all all 0.0.0.0 0.0.0.0 scram-sha-256\nhost all all ::/0 scram-sha-256\n',
        options: { cidr: '10.20.0.0/16' },
        errors: 2,
        output: 'host all all 10.20.0.0/16 scram-sha-256\nhost all all 10.20.0.0/16 scram-sha-256\n',
      },
    ],
  },
  { path: 'pg_hba.conf' },
);
