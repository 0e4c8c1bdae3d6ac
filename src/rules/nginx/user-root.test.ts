import { nginxHandler } from '../../sources/parsers/nginx/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './user-root.js';

ruleTester(
  rule,
  nginxHandler,
  {
    valid: [
      { code: 'user nginx;\nevents {}\n' },
      { name: 'unset: workers run as nobody', code: 'worker_processes auto;\nevents {}\n' },
    ],
    invalid: [
      { code: 'user root;\nevents {}\n', errors: [{ line: 1, message: 'worker processes run as root' }] },
      {
        name: 'user and group are replaced once chosen',
        code: 'user  root root;  # quick fix\nevents {}\n',
        options: { user: 'www-data www-data' },
        errors: [{ line: 1 }],
        output: 'user  www-data www-data;  # quick fix\nevents {}\n',
      },
    ],
  },
  { path: 'nginx.conf' },
);
