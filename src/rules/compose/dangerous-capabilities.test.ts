import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './dangerous-capabilities.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      {
        code: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE, CHOWN]\n',
      },
    ],
    invalid: [
      {
        code: 'services:\n  vpn:\n    image: wireguard:1.0\n    cap_add:\n      - NET_ADMIN\n      - cap_sys_module\n      - NET_BIND_SERVICE\n',
        errors: [
          { line: 5, message: /adds NET_ADMIN/, severity: 'high' },
          { line: 6, message: /adds SYS_MODULE/, severity: 'critical' },
        ],
        output: 'services:\n  vpn:\n    image: wireguard:1.0\n    cap_add:\n      - NET_BIND_SERVICE\n',
      },
      {
        name: 'flow list, whole key removed when it empties',
        code: 'services:\n  a:\n    image: a:1\n    cap_add: [SYS_ADMIN, SYS_PTRACE]\n    restart: always\n',
        errors: [{ line: 4 }, { line: 4 }],
        output: 'services:\n  a:\n    image: a:1\n    restart: always\n',
      },
      {
        name: 'ALL',
        code: 'services:\n  a:\n    image: a:1\n    cap_add: [ALL]\n',
        errors: [{ line: 4, message: /every capability/ }],
        output: 'services:\n  a:\n    image: a:1\n',
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
