import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './unconfined-security-opt.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      {
        code: 'services:\n  a:\n    image: a:1\n    security_opt:\n      - no-new-privileges:true\n      - seccomp:./seccomp.json\n',
      },
    ],
    invalid: [
      {
        code: 'services:\n  a:\n    image: a:1\n    security_opt:\n      - no-new-privileges:true\n      - seccomp:unconfined   # strace\n      - apparmor=unconfined\n',
        errors: [
          { line: 6, message: /seccomp/ },
          { line: 7, message: /AppArmor/ },
        ],
        output: 'services:\n  a:\n    image: a:1\n    security_opt:\n      - no-new-privileges:true\n',
      },
      {
        name: 'flow style SELinux',
        code: 'services:\n  a:\n    image: a:1\n    security_opt: ["label:disable", "no-new-privileges:true"]\n',
        errors: [{ line: 4, message: /SELinux/ }],
        output: 'services:\n  a:\n    image: a:1\n    security_opt: ["no-new-privileges:true"]\n',
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
