import { expect, it } from 'vitest';
import { nginxHandler } from '../../sources/parsers/nginx/handler.js';
import { checkSample, ruleTester } from '../../test-support/rule-tester.js';
import rule from './ssl-protocols.js';

ruleTester(
  rule,
  nginxHandler,
  {
    valid: [
      { code: 'http {\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n' },
      {
        name: 'unset: modern nginx defaults to TLSv1.2 TLSv1.3',
        code: 'http {\n    server { listen 443 ssl; }\n}\n',
      },
    ],
    invalid: [
      {
        code: 'http {\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n}\n',
        errors: [{ line: 2, message: 'ssl_protocols enables TLSv1, TLSv1.1', severity: 'medium' }],
        output: 'http {\n    ssl_protocols TLSv1.2;\n}\n',
      },
      {
        name: 'SSLv3 is high; nothing modern left, so modern versions are set',
        code: 'http {\n  server {\n    listen 443 ssl;\n    ssl_protocols SSLv3; # legacy clients\n  }\n}\n',
        errors: [{ line: 4, severity: 'high' }],
        output:
          'http {\n  server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3; # legacy clients\n  }\n}\n',
      },
      {
        name: 'stream context and multi-line arguments',
        code: 'stream {\n  ssl_protocols TLSv1.3\n                TLSv1.1;\n}\n',
        errors: [{ line: 2 }],
        output: 'stream {\n  ssl_protocols TLSv1.3;\n}\n',
      },
    ],
  },
  { path: 'nginx.conf' },
);

it('nginx/ssl-protocols: a snippet included by several servers is reported once', () => {
  const { findings } = checkSample(
    rule,
    nginxHandler,
    {
      code: 'http {\n  server { listen 443 ssl; include snippets/tls.conf; }\n  server { listen 8443 ssl; include snippets/tls.conf; }\n}\n',
      files: { '/sample/snippets/tls.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' },
    },
    { path: 'nginx.conf' },
  );
  expect(findings.map((f) => `${f.file}:${f.range.start.line}`)).toEqual(['snippets/tls.conf:1']);
});
