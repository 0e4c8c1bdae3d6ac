import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './add-remote-url.js';

const SHA = 'a'.repeat(64);

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      { code: `FROM alpine:3.20\nADD --checksum=sha256:${SHA} https://example.com/tool.tgz /opt/\n` },
      { name: 'local files', code: 'FROM alpine:3.20\nADD rootfs.tar.gz /\nCOPY . /app\n' },
      {
        name: 'git repository',
        code: 'FROM alpine:3.20\nADD https://github.com/acme/lib.git#v1.2.0 /src/lib\n',
      },
      {
        name: 'COPY of a path that looks like a URL is not a download',
        code: 'FROM alpine:3.20\nCOPY http/ /srv/http/\n',
      },
    ],
    invalid: [
      {
        code: 'FROM alpine:3.20\nADD https://example.com/tool.tgz /opt/\nUSER 1000\n',
        errors: [{ line: 2, message: 'ADD downloads https://example.com/tool.tgz without a checksum' }],
      },
      {
        name: 'JSON form and lower-case keyword',
        code: 'FROM alpine:3.20\nadd ["http://example.com/a.sh", "/a.sh"]\n',
        errors: [{ line: 2 }],
      },
      {
        name: 'the supplied checksum is inserted',
        code: 'FROM alpine:3.20\nADD --chown=app https://example.com/tool.tgz /opt/\n',
        options: { checksum: SHA.toUpperCase() },
        errors: 1,
        output: `FROM alpine:3.20\nADD --checksum=sha256:${SHA} --chown=app https://example.com/tool.tgz /opt/\n`,
      },
      {
        name: 'a malformed checksum is not applied',
        code: 'FROM alpine:3.20\nADD https://example.com/a /a\n',
        options: { checksum: 'sha256:1234' },
        errors: 1,
      },
    ],
  },
  { path: 'Dockerfile' },
);
