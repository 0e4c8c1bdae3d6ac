import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './database-auth-disabled.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      {
        code: [
          'services:',
          '  pg:',
          '    image: postgres:16.4',
          '    environment:',
          '      POSTGRES_HOST_AUTH_METHOD: scram-sha-256',
          '      POSTGRES_PASSWORD_FILE: /run/secrets/pg',
          '  mysql:',
          '    image: mysql:8.4',
          '    environment:',
          '      - MYSQL_ALLOW_EMPTY_PASSWORD=no',
          '      - MYSQL_ROOT_PASSWORD',
          '  maria:',
          '    image: mariadb:11.4',
          '    environment:',
          '      MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: "yes"',
          '      MARIADB_ROOT_PASSWORD: ${MARIADB_ROOT_PASSWORD}',
          '  es:',
          '    image: elasticsearch:8.15.0',
          '    environment:',
          '      - xpack.security.enabled=true',
          '',
        ].join('\n'),
      },
    ],
    invalid: [
      {
        code: [
          'services:',
          '  pg:',
          '    image: postgres:16.4',
          '    environment:',
          '      POSTGRES_HOST_AUTH_METHOD: trust',
          '  mysql:',
          '    image: mysql:8.4',
          '    environment:',
          '      - MYSQL_ALLOW_EMPTY_PASSWORD=yes',
          '      - MYSQL_ROOT_PASSWORD=',
          '  redis:',
          '    image: bitnami/redis:7.4',
          '    environment:',
          '      - ALLOW_EMPTY_PASSWORD=yes',
          '  es:',
          '    image: elasticsearch:8.15.0',
          '    environment:',
          '      - discovery.type=single-node',
          '      - xpack.security.enabled=false',
          '',
        ].join('\n'),
        errors: [
          { line: 5, message: /PostgreSQL accepts every connection/ },
          { line: 9, message: /MySQL root account has an empty password/ },
          { line: 10, message: /MYSQL_ROOT_PASSWORD is set to an empty string/ },
          { line: 14, message: /ALLOW_EMPTY_PASSWORD/ },
          { line: 19, message: /Elasticsearch/ },
        ],
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
