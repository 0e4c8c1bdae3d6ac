import { pgHbaHandler } from '../../sources/parsers/postgres/hba-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './hba-trust.js';

ruleTester(
  rule,
  pgHbaHandler,
  {
    valid: [
      { code: 'local all postgres peer\nhost all all 10.0.0.0/8 scram-sha-256\n' },
      {
        name: 'a role literally called trust is not the method',
        code: 'host all "trust" 10.0.0.0/8 scram-sha-256\n',
      },
    ],
    invalid: [
      {
        name: 'world-open trust is one critical finding per line',
        code: '# TYPE DATABASE USER ADDRESS METHOD\nhost all all 0.0.0.0/0 trust\nhost all all ::/0 trust\n',
        errors: [
          { line: 2, severity: 'critical', message: /anyone on the network/ },
          { line: 3, severity: 'critical' },
        ],
      },
      {
        name: 'local and loopback trust are high',
        code: 'local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\nhost all all 10.0.0.0/8 trust\n',
        errors: [
          { line: 1, severity: 'high', message: /any OS user/ },
          { line: 2, severity: 'high', message: /any local process/ },
          { line: 3, severity: 'high' },
          { line: 4, severity: 'critical', message: /from that network/ },
        ],
      },
      {
        name: 'suggestion replaces the method once passwords exist',
        code: 'host    all  all  0.0.0.0/0  trust   # open\n',
        options: { method: 'scram-sha-256' },
        errors: 1,
        output: 'host    all  all  0.0.0.0/0  scram-sha-256   # open\n',
      },
      {
        name: 'peer for local lines',
        code: 'local all all trust\n',
        options: { method: 'peer' },
        errors: 1,
        output: 'local all all peer\n',
      },
    ],
  },
  { path: 'pg_hba.conf' },
);
