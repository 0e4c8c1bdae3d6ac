import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './add-instead-of-copy.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      { code: 'FROM alpine:3.20\nCOPY . /app\n' },
      {
        name: 'archives are unpacked by ADD',
        code: 'FROM scratch\nADD rootfs.tar.xz /\nADD vendor.tgz /opt/\n',
      },
      {
        name: 'remote and git sources',
        code: 'FROM alpine:3.20\nADD https://e.com/a /a\nADD git@github.com:a/b.git /b\n',
      },
      { name: 'variables could name an archive', code: 'FROM alpine:3.20\nADD ${BUNDLE} /opt/\n' },
      { name: 'ADD-only flags', code: 'FROM alpine:3.20\nADD --keep-git-dir=true src /src\n' },
    ],
    invalid: [
      {
        code: 'FROM node:20-alpine\nWORKDIR /app\nADD package.json package-lock.json ./\nADD --chown=node:node src/ ./src/\n',
        errors: [
          { line: 3, message: 'use COPY instead of ADD for local files' },
          { line: 4, message: 'use COPY instead of ADD for src/' },
        ],
        output:
          'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nCOPY --chown=node:node src/ ./src/\n',
      },
      {
        name: 'indented lower-case keyword keeps its case',
        code: 'FROM alpine:3.20\n  add ["app.conf", "/etc/app.conf"]\r\n',
        errors: [{ line: 2 }],
        output: 'FROM alpine:3.20\n  copy ["app.conf", "/etc/app.conf"]\r\n',
      },
    ],
  },
  { path: 'Dockerfile' },
);
