import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './host-namespaces.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      { code: 'services:\n  web:\n    image: nginx:1.27\n    pid: "service:app"\n    ipc: shareable\n' },
    ],
    invalid: [
      {
        code: 'services:\n  agent:\n    image: agent:2\n    pid: host\n    ipc: host\n    restart: always\n',
        errors: [
          { line: 4, message: /pid: host/ },
          { line: 5, message: /ipc: host/ },
        ],
        output: 'services:\n  agent:\n    image: agent:2\n    restart: always\n',
      },
      {
        name: 'user namespace opt-out',
        code: 'services:\n  a:\n    image: a:1\n    userns_mode: "host"\n',
        errors: [{ line: 4, message: /userns_mode/ }],
        output: 'services:\n  a:\n    image: a:1\n',
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
