import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './secret-in-environment.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      {
        name: 'interpolation, host passthrough, files, flags and placeholders',
        code: [
          'services:',
          '  db:',
          '    image: postgres:16.4',
          '    environment:',
          '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?required}',
          '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password',
          '      API_TOKEN:',
          '      JWT_SECRET: ""',
          '      MYSQL_ALLOW_EMPTY_PASSWORD: "no"',
          '      SECRET_KEY: changeme',
          '      AWS_ACCESS_KEY_ID: AKIAEXAMPLE',
          '      DATABASE_URL: postgres://app:${DB_PASSWORD}@db/app',
          '  app:',
          '    image: app:1.2',
          '    environment:',
          '      - REDIS_PASSWORD',
          '      - TOKEN_TTL=3600',
          '      - GITHUB_TOKEN=$GITHUB_TOKEN',
          '',
        ].join('\n'),
      },
    ],
    invalid: [
      {
        code: [
          'services:',
          '  db:',
          '    image: postgres:16.4',
          '    environment:',
          '      POSTGRES_USER: app',
          '      POSTGRES_PASSWORD: "s3cr3t-Pa55"   # TODO move',
          '  app:',
          '    image: app:1.2',
          '    environment:',
          '      - DB_PASS=hunter2hunter2',
          '      - "DATABASE_URL=postgres://app:hunter2hunter2@db:5432/app"',
          '',
        ].join('\n'),
        errors: [
          { line: 6, message: 'service "db" sets POSTGRES_PASSWORD to a literal value' },
          { line: 10, message: /DB_PASS/ },
          { line: 11, message: /password inside the URL in DATABASE_URL/ },
        ],
      },
      {
        name: 'map and list forms rewritten to interpolation',
        options: { template: '${{name}:?set {name} in .env}' },
        code: 'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: "s3cr3t-Pa55"   # rotate\n  app:\n    image: app:1.2\n    environment:\n      - DB_PASS=hunter2hunter2\n',
        errors: 2,
        output:
          'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}"   # rotate\n  app:\n    image: app:1.2\n    environment:\n      - DB_PASS=${DB_PASS:?set DB_PASS in .env}\n',
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
