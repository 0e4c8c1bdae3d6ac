import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './privileged.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      { code: 'services:\n  web:\n    image: nginx:1.27\n' },
      { name: 'explicitly off', code: 'services:\n  web:\n    image: nginx:1.27\n    privileged: false\n' },
    ],
    invalid: [
      {
        name: 'CRLF line endings survive',
        code: 'services:\r\n  web:\r\n    image: nginx:1.27\r\n    privileged: true\r\n',
        errors: [{ line: 4 }],
        output: 'services:\r\n  web:\r\n    image: nginx:1.27\r\n    privileged: false\r\n',
      },
      {
        code: 'services:\n  web:\n    image: nginx:1.27 # proxy\n    privileged: true  # needed?\n    restart: always\n',
        errors: [{ line: 4, message: 'service "web" runs privileged' }],
        output:
          'services:\n  web:\n    image: nginx:1.27 # proxy\n    privileged: false  # needed?\n    restart: always\n',
      },
      {
        name: 'YAML 1.1 boolean and a merge key',
        code: 'x-base: &base\n  privileged: "yes"\nservices:\n  a:\n    <<: *base\n    image: a:1\n',
        errors: [{ line: 2, message: /inherited/ }],
        output: 'x-base: &base\n  privileged: false\nservices:\n  a:\n    <<: *base\n    image: a:1\n',
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
