import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './no-new-privileges.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      { code: 'services:\n  a:\n    image: a:1\n    security_opt:\n      - no-new-privileges:true\n' },
      {
        name: 'equals form',
        code: 'services:\n  a:\n    image: a:1\n    security_opt: ["no-new-privileges=true"]\n',
      },
    ],
    invalid: [
      {
        name: 'CRLF line endings survive',
        code: 'services:\r\n  web:\r\n    image: nginx:1.27\r\n',
        errors: [{ line: 2 }],
        output:
          'services:\r\n  web:\r\n    image: nginx:1.27\r\n    security_opt:\r\n      - no-new-privileges:true\r\n',
      },
      {
        code: 'services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n\n  db:\n    image: postgres:16.4\n    security_opt:\n      - apparmor:docker-default\n',
        errors: [
          { line: 2, message: 'service "web" does not set no-new-privileges:true' },
          { line: 8, message: /"db"/ },
        ],
        output:
          'services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n    security_opt:\n      - no-new-privileges:true\n\n  db:\n    image: postgres:16.4\n    security_opt:\n      - apparmor:docker-default\n      - no-new-privileges:true\n',
      },
      {
        name: 'explicitly false',
        code: 'services:\n  a:\n    image: a:1\n    security_opt: ["no-new-privileges:false"]\n',
        errors: [{ line: 4, message: /explicitly allows/ }],
        output: 'services:\n  a:\n    image: a:1\n    security_opt: ["no-new-privileges:true"]\n',
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
