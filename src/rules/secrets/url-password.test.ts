import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './url-password.js';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'variable', code: 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\n' },
      { name: 'shell variable', code: 'DATABASE_URL=postgres://app:$DB_PASSWORD@db:5432/app\n' },
      { name: 'printf placeholder', path: 'db.py', code: 'url = "mysql://root:%s@db/app" % password\n' },
      {
        name: 'angle-bracket placeholder',
        path: 'README.md',
        code: 'mongodb://user:<password>@cluster0.mongodb.net\n',
      },
      { name: 'the word password', path: 'README.md', code: 'redis://default:password@redis:6379\n' },
      { name: 'changeme and stars', code: 'A=amqp://guest:changeme@mq\nB=https://user:****@host.internal\n' },
      { name: 'documentation host', path: 'docs.md', code: 'https://alice:Zq8vR2mN4tLp@example.com/\n' },
      { name: 'no password', code: 'URL=https://user@github.com/acme/repo.git\n' },
      { name: 'unknown scheme', code: 'x = foo://a:Zq8vR2mN4tLp@host\n' },
      {
        name: 'lock file',
        path: 'package-lock.json',
        code: '"resolved": "https://u:Zq8vR2mN4tLp@npm.internal/x.tgz"\n',
      },
    ],
    invalid: [
      {
        code: 'DATABASE_URL=postgres://app:Zq8vR2mN4tLp@db.internal:5432/app\n',
        errors: [{ line: 1, severity: 'high', message: /password in postgres:\/\/ URL Zq8v\*\*\*/ }],
      },
      {
        name: 'JDBC URL and Redis without user',
        path: 'app.conf',
        code: 'db = "jdbc:mysql://svc:Pk3vW9qLx2@mysql.prod:3306/app"\ncache = "redis://:s3cr3tP4ss@cache.internal:6379/0"\n',
        errors: [{ line: 1 }, { line: 2 }],
      },
      {
        name: 'local default credentials are low',
        code: 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app\n',
        errors: [{ line: 1, severity: 'low' }],
      },
      {
        name: 'Spring property gets a ${VAR} reference once the variable is chosen',
        path: 'src/main/resources/application.properties',
        code: 'spring.rabbitmq.addresses=amqp://app:Pk3vW9qLx2@mq.internal:5672\n',
        options: { variable: 'RABBIT_PASSWORD' },
        errors: 1,
        output: 'spring.rabbitmq.addresses=amqp://app:${RABBIT_PASSWORD}@mq.internal:5672\n',
      },
      {
        name: '{KEY} derives the variable from the scheme',
        path: 'docker-compose.yml',
        code: 'services:\n  api:\n    environment:\n      DATABASE_URL: postgres://app:Pk3vW9qLx2@db:5432/app\n',
        options: { variable: '{KEY}' },
        errors: [{ line: 4 }],
        output:
          'services:\n  api:\n    environment:\n      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app\n',
      },
    ],
  },
  { path: '.env' },
);
