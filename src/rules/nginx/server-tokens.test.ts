import { nginxHandler } from '../../sources/parsers/nginx/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './server-tokens.js';

ruleTester(
  rule,
  nginxHandler,
  {
    valid: [
      { code: 'events {}\nhttp {\n    server_tokens off;\n    server { listen 80; return 444; }\n}\n' },
      {
        name: 'a snippet without http context is not judged for the missing directive',
        path: 'conf.d/site.conf',
        code: 'server {\n    listen 80;\n    root /srv/www;\n}\n',
      },
      { name: 'variables are not judged', code: 'http {\n    server_tokens $tokens;\n}\n' },
    ],
    invalid: [
      {
        name: 'missing in http: inserted as the first line of the block',
        code: 'events {}\nhttp {\n    include mime.types;\n    sendfile on;\n}\n',
        errors: [{ line: 2, message: /not set/ }],
        output: 'events {}\nhttp {\n    server_tokens off;\n    include mime.types;\n    sendfile on;\n}\n',
      },
      {
        name: 'explicit on inside a server, with tabs and CRLF',
        code: 'http {\r\n\tserver_tokens off;\r\n\tserver {\r\n\t\tserver_tokens build; # debug\r\n\t}\r\n}\r\n',
        errors: [{ line: 4, message: /server_tokens build/ }],
        output:
          'http {\r\n\tserver_tokens off;\r\n\tserver {\r\n\t\tserver_tokens off; # debug\r\n\t}\r\n}\r\n',
      },
      {
        name: 'explicit on in a snippet',
        path: 'conf.d/site.conf',
        code: 'server {\n  listen 80;\n  server_tokens on;\n}\n',
        errors: [{ line: 3 }],
        output: 'server {\n  listen 80;\n  server_tokens off;\n}\n',
      },
    ],
  },
  { path: 'nginx.conf' },
);
