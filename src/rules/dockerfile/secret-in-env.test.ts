import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './secret-in-env.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      {
        code: [
          'FROM python:3.12-slim',
          'ARG NPM_TOKEN',
          'ENV DB_PASSWORD=${DB_PASSWORD} API_KEY="" JWT_SECRET=changeme',
          'ENV POSTGRES_PASSWORD_FILE=/run/secrets/db PASSWORD_MIN_LENGTH=12 TOKEN_TTL=3600',
          'ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
          'ENV AWS_ACCESS_KEY_ID=<your-key-id> SECRET_KEY=<set-at-runtime> GITHUB_TOKEN=xxxx',
          'ENV PWD_HINT=1 NODE_ENV=production',
          '',
        ].join('\n'),
      },
    ],
    invalid: [
      {
        code: 'FROM node:20-alpine\nENV NODE_ENV=production \\\n    STRIPE_API_KEY=sk_live_51Habc123 \\\n    DB_PASS=hunter2\n',
        errors: [
          {
            line: 3,
            message: 'ENV STRIPE_API_KEY holds a literal secret; it is readable in the image history',
          },
          { line: 4, message: /DB_PASS/ },
        ],
      },
      {
        name: 'ARG defaults, before the first FROM too, and the legacy ENV form',
        code: 'ARG GITHUB_TOKEN=ghp_abcdefghijklmnop\nFROM alpine:3.20\nARG registry-password=s3cr3t!\nENV MYSQL_ROOT_PASSWORD Sup3r Secret\nENV RAILS_MASTER_KEY=9f8e7d6c5b4a\n',
        errors: [{ line: 1 }, { line: 3 }, { line: 4 }, { line: 5 }],
      },
    ],
  },
  { path: 'Dockerfile' },
);
