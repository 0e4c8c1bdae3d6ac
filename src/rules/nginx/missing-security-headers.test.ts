import { nginxHandler } from '../../sources/parsers/nginx/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './missing-security-headers.js';

const NOSNIFF = 'add_header X-Content-Type-Options "nosniff" always;';
const XFO = 'add_header X-Frame-Options "SAMEORIGIN" always;';

ruleTester(
  rule,
  nginxHandler,
  {
    valid: [
      {
        code: `http {\n    ${NOSNIFF}\n    add_header Content-Security-Policy "frame-ancestors 'self'";\n    server {\n        listen 80;\n    }\n}\n`,
      },
      {
        name: 'redirect-only servers serve no pages',
        code: 'http {\n    server {\n        listen 80;\n        return 301 https://$host$request_uri;\n    }\n}\n',
      },
    ],
    invalid: [
      {
        name: 'both missing: inserted after listen/server_name',
        code: 'http {\n    server {\n        listen 80;\n        server_name example.com;\n        root /srv;\n    }\n}\n',
        errors: [{ line: 2, message: 'server does not send X-Content-Type-Options and X-Frame-Options' }],
        output: `http {\n    server {\n        listen 80;\n        server_name example.com;\n        ${NOSNIFF}\n        ${XFO}\n        root /srv;\n    }\n}\n`,
      },
      {
        name: 'a location with its own add_header drops the server headers',
        code: `http {\n  server {\n    listen 80;\n    ${NOSNIFF}\n    ${XFO}\n    location /dl/ {\n      add_header Content-Disposition attachment;\n    }\n  }\n}\n`,
        errors: [{ line: 7, message: /drops X-Content-Type-Options and X-Frame-Options/ }],
        output: `http {\n  server {\n    listen 80;\n    ${NOSNIFF}\n    ${XFO}\n    location /dl/ {\n      add_header Content-Disposition attachment;\n      ${NOSNIFF}\n      ${XFO}\n    }\n  }\n}\n`,
      },
    ],
  },
  { path: 'nginx.conf' },
);
