import { nginxHandler } from '../../sources/parsers/nginx/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './alias-traversal.js';

ruleTester(
  rule,
  nginxHandler,
  {
    valid: [
      { code: 'server {\n    location /static/ {\n        alias /srv/static/;\n    }\n}\n' },
      { name: 'neither ends with a slash', code: 'server {\n    location /img { alias /srv/img; }\n}\n' },
      {
        name: 'regex locations are not prefix matches',
        code: 'server {\n    location ~ ^/a(.*)$ { alias /srv/a/$1; }\n}\n',
      },
    ],
    invalid: [
      {
        code: 'server {\n    location /static {\n        alias /srv/static/;\n    }\n}\n',
        errors: [{ line: 2, message: /\/static\.\.\/ escapes the folder/ }],
        output: 'server {\n    location /static/ {\n        alias /srv/static/;\n    }\n}\n',
      },
      {
        name: 'quoted prefix with ^~',
        code: 'server {\n    location ^~ "/media" { alias "/data/media/"; }\n}\n',
        errors: [{ line: 2 }],
        output: 'server {\n    location ^~ "/media/" { alias "/data/media/"; }\n}\n',
      },
    ],
  },
  { path: 'conf.d/site.conf' },
);
