import { nginxHandler } from '../../sources/parsers/nginx/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './missing-hsts.js';

const HSTS = 'add_header Strict-Transport-Security "max-age=31536000" always;';

ruleTester(
  rule,
  nginxHandler,
  {
    valid: [
      {
        name: 'inherited from http',
        code: `http {\n    ${HSTS}\n    server {\n        listen 443 ssl;\n        location / { root /srv; }\n    }\n}\n`,
      },
      {
        name: 'plain HTTP servers are not judged',
        code: 'http {\n    server {\n        listen 80;\n    }\n}\n',
      },
      {
        name: 'headers-more',
        code: 'http {\n    server {\n        listen 443 ssl;\n        more_set_headers "Strict-Transport-Security: max-age=63072000";\n    }\n}\n',
      },
    ],
    invalid: [
      {
        name: 'inserted after the TLS settings of the server',
        code: 'http {\n    server {\n        listen 443 ssl;\n        ssl_certificate /etc/ssl/a.pem;\n        root /srv;\n    }\n}\n',
        errors: [{ line: 2, message: 'TLS server does not send a Strict-Transport-Security header' }],
        output: `http {\n    server {\n        listen 443 ssl;\n        ssl_certificate /etc/ssl/a.pem;\n        ${HSTS}\n        root /srv;\n    }\n}\n`,
      },
      {
        name: 'http-level headers are in force: HSTS joins them there, so nothing is dropped',
        code: 'http {\n  add_header X-Frame-Options DENY;\n  server {\n    listen 443 ssl http2;\n  }\n}\n',
        errors: [{ line: 3 }],
        output: `http {\n  add_header X-Frame-Options DENY;\n  ${HSTS}\n  server {\n    listen 443 ssl http2;\n  }\n}\n`,
      },
      {
        name: 'a location with its own add_header drops the inherited HSTS',
        code: `server {\n\tlisten 443 ssl;\n\t${HSTS}\n\tlocation /api/ {\n\t\tadd_header Cache-Control no-store;\n\t}\n}\n`,
        path: 'conf.d/site.conf',
        errors: [{ line: 5, message: /drops the inherited/ }],
        output: `server {\n\tlisten 443 ssl;\n\t${HSTS}\n\tlocation /api/ {\n\t\tadd_header Cache-Control no-store;\n\t\t${HSTS}\n\t}\n}\n`,
      },
      {
        name: 'short max-age is low and has no automatic fix',
        code: 'http {\n    server {\n        listen 443 ssl;\n        add_header Strict-Transport-Security "max-age=300";\n    }\n}\n',
        errors: [{ line: 2, severity: 'low', message: /shorter than six months/ }],
      },
    ],
  },
  { path: 'nginx.conf' },
);
