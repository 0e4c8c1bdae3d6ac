import { nginxHandler } from '../../sources/parsers/nginx/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './http-without-redirect.js';

ruleTester(
  rule,
  nginxHandler,
  {
    valid: [
      { code: 'http {\n  server {\n    listen 80;\n    return 301 https://$host$request_uri;\n  }\n}\n' },
      {
        name: 'ACME challenge plus a redirecting root location',
        code: 'http {\n  server {\n    listen 80;\n    listen [::]:80;\n    location /.well-known/acme-challenge/ { root /var/www/acme; }\n    location / { return 301 https://$host$request_uri; }\n  }\n}\n',
      },
      {
        name: 'redirect behind a load balancer',
        code: 'http {\n  server {\n    listen 80;\n    if ($http_x_forwarded_proto != "https") { return 301 https://$host$request_uri; }\n    root /srv;\n  }\n}\n',
      },
      {
        name: 'loopback only',
        code: 'http {\n  server {\n    listen 127.0.0.1:80;\n    location /status { stub_status; }\n  }\n}\n',
      },
      {
        name: 'another port is not judged',
        code: 'http {\n  server {\n    listen 8080;\n    root /srv;\n  }\n}\n',
      },
    ],
    invalid: [
      {
        code: 'http {\n  server {\n    listen 80 default_server;\n    root /srv/www;\n  }\n}\n',
        errors: [{ line: 3, message: /serves content instead of redirecting/ }],
      },
      {
        name: 'mixed server serving both',
        path: 'sites-enabled/app',
        code: 'server {\n  listen 443 ssl;\n  listen *:80;\n  location / { proxy_pass http://app; }\n}\n',
        errors: [{ line: 3 }],
      },
    ],
  },
  { path: 'nginx.conf' },
);
