import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './run-as-root.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      { code: 'FROM node:20-alpine\nUSER node\nCMD ["node", "app.js"]\n' },
      {
        name: 'user set in an earlier stage is inherited',
        code: 'FROM alpine:3.20 AS base\nUSER 10001\nFROM base\nCMD ["sh"]\n',
      },
      {
        name: 'only the final stage matters',
        code: 'FROM golang:1.22 AS build\nRUN go build\nFROM gcr.io/distroless/static:nonroot\nUSER nonroot\n',
      },
    ],
    invalid: [
      { code: 'FROM node:20-alpine\nCMD ["node", "app.js"]\n', errors: [{ line: 1, message: /no USER/ }] },
      {
        name: 'explicit root',
        code: 'FROM alpine:3.20\nUSER root\nCMD ["sh"]\n',
        errors: [{ line: 2, message: /root/ }],
      },
      {
        name: 'fix applies once the user is chosen',
        code: 'FROM node:20-alpine\nCMD ["node", "app.js"]\n',
        options: { user: 'node' },
        errors: 1,
        output: 'FROM node:20-alpine\nUSER node\nCMD ["node", "app.js"]\n',
      },
    ],
  },
  { path: 'Dockerfile' },
);
