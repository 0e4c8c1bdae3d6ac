import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './insecure-download.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      {
        code: [
          'FROM alpine:3.20',
          'RUN curl -fsSL -o /tmp/a https://e.com/a && wget -k -q https://e.com/b',
          'RUN curl -H -k https://e.com/c && curl -ok https://e.com/d && curl -sSo -k https://e.com/e',
          'RUN echo "curl --insecure" > /tmp/notes',
          '',
        ].join('\n'),
      },
    ],
    invalid: [
      {
        code: 'FROM alpine:3.20\nRUN curl -k https://e.com/a -o /a \\\n && curl --insecure -fsSL https://e.com/b | tar xz\nRUN wget --no-check-certificate -qO /b https://e.com/b\n',
        errors: [
          { line: 2, message: 'curl -k turns off TLS certificate checks' },
          { line: 3, message: 'curl --insecure turns off TLS certificate checks' },
          { line: 4, message: 'wget --no-check-certificate turns off TLS certificate checks' },
        ],
        output:
          'FROM alpine:3.20\nRUN curl https://e.com/a -o /a \\\n && curl -fsSL https://e.com/b | tar xz\nRUN wget -qO /b https://e.com/b\n',
      },
      {
        name: 'grouped short options, through sudo',
        code: 'FROM ubuntu:24.04\nRUN sudo curl -fsSLk https://e.com/x -o /x && curl -kL https://e.com/y\n',
        errors: [{ line: 2 }, { line: 2 }],
        output: 'FROM ubuntu:24.04\nRUN sudo curl -fsSL https://e.com/x -o /x && curl -L https://e.com/y\n',
      },
    ],
  },
  { path: 'Dockerfile' },
);
