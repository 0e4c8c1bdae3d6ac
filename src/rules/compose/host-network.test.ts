import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './host-network.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      { code: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: bridge\n' },
      {
        name: 'sharing another service',
        code: 'services:\n  a:\n    image: a:1\n    network_mode: "service:b"\n',
      },
    ],
    invalid: [
      {
        code: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n',
        errors: [{ line: 4, message: /host network/ }],
      },
      {
        name: 'quoted',
        code: 'services:\n  web:\n    network_mode: "host"\n    build: .\n',
        errors: [{ line: 3 }],
      },
    ],
  },
  { path: 'compose.yaml' },
);
