import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './image-latest.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      {
        code: [
          'services:',
          '  a:',
          '    image: postgres:16.4',
          '  b:',
          '    image: registry.local:5000/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
          '  c:',
          '    image: ghcr.io/acme/api:${TAG:-1.0.0}',
          '  d:',
          '    build: ./api',
          '    image: acme/api',
          '',
        ].join('\n'),
      },
    ],
    invalid: [
      {
        code: 'services:\n  a:\n    image: redis\n  b:\n    image: "registry.local:5000/team/app:latest"\n',
        errors: [
          { line: 3, message: /without a tag/ },
          { line: 5, message: /mutable tag/ },
        ],
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
