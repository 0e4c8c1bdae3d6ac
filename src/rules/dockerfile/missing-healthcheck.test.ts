import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './missing-healthcheck.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      { code: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nCMD ["nginx"]\n' },
      { name: 'explicitly disabled', code: 'FROM nginx:1.27\nHEALTHCHECK NONE\n' },
      {
        name: 'inherited from an earlier stage',
        code: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD true\nFROM base\nCMD ["nginx"]\n',
      },
      {
        name: 'export-only scratch stage',
        code: 'FROM golang:1.22 AS build\nRUN go build -o /out/app\nFROM scratch\nCOPY --from=build /out/app /\n',
      },
      { name: 'empty file', code: '' },
    ],
    invalid: [
      {
        code: 'FROM node:20-alpine\nCMD ["node", "server.js"]\n',
        errors: [{ line: 1, message: 'final stage has no HEALTHCHECK', severity: 'low' }],
      },
      {
        name: 'inserted before CMD once the command is known',
        code: 'FROM golang:1.22 AS build\nFROM alpine:3.20 AS app\nUSER 10001\nENTRYPOINT ["/app"]\n',
        options: { command: 'wget -qO- http://127.0.0.1:8080/health || exit 1' },
        errors: [{ line: 2, message: /"app"/ }],
        output:
          'FROM golang:1.22 AS build\nFROM alpine:3.20 AS app\nUSER 10001\nHEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD wget -qO- http://127.0.0.1:8080/health || exit 1\nENTRYPOINT ["/app"]\n',
      },
      {
        name: 'exec form given verbatim, appended at the end without CMD',
        code: 'FROM alpine:3.20\nUSER 10001',
        options: { command: 'CMD ["/app", "health"]' },
        errors: 1,
        output: 'FROM alpine:3.20\nUSER 10001\nHEALTHCHECK CMD ["/app", "health"]\n',
      },
    ],
  },
  { path: 'Dockerfile' },
);
