import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ssh-port-exposed.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [{ code: 'FROM nginx:1.27\nEXPOSE 80 443 2222 8022/tcp 22/udp ${PORT}\n' }],
    invalid: [
      {
        name: 'the only port: the line goes',
        code: 'FROM ubuntu:24.04\n# ssh for debugging\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]\n',
        errors: [{ line: 3, message: 'EXPOSE 22 publishes the SSH port' }],
        output: 'FROM ubuntu:24.04\n# ssh for debugging\nCMD ["/usr/sbin/sshd", "-D"]\n',
      },
      {
        name: 'one port among several: only that token goes',
        code: 'FROM ubuntu:24.04\nEXPOSE 80 22/tcp 443\nEXPOSE 8080 22\n',
        errors: [{ line: 2 }, { line: 3 }],
        output: 'FROM ubuntu:24.04\nEXPOSE 80 443\nEXPOSE 8080\n',
      },
      {
        name: 'continued over lines, CRLF',
        code: 'FROM ubuntu:24.04\r\nEXPOSE 22 \\\r\n  8080\r\nUSER app\r\n',
        errors: [{ line: 2 }],
        output: 'FROM ubuntu:24.04\r\nEXPOSE \\\r\n  8080\r\nUSER app\r\n',
      },
    ],
  },
  { path: 'Dockerfile' },
);
