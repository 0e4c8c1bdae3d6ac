import { nginxHandler } from '../../sources/parsers/nginx/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './client-max-body-size.js';

ruleTester(
  rule,
  nginxHandler,
  {
    valid: [{ code: 'http {\n    client_max_body_size 20m;\n}\n' }, { code: 'http {\n    server {}\n}\n' }],
    invalid: [
      { code: 'http {\n    client_max_body_size 0;\n}\n', errors: [{ line: 2, message: /disables/ }] },
      {
        name: 'the chosen size replaces 0',
        code: 'http {\n    server {\n        location /upload { client_max_body_size 0; }\n    }\n}\n',
        options: { size: '100m' },
        errors: [{ line: 3 }],
        output: 'http {\n    server {\n        location /upload { client_max_body_size 100m; }\n    }\n}\n',
      },
    ],
  },
  { path: 'nginx.conf' },
);
