import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './exposed-datastore-port.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      {
        name: 'loopback, variable address, udp, app ports and expose',
        code: [
          'services:',
          '  db:',
          '    image: postgres:16.4',
          '    expose: ["5432"]',
          '    ports:',
          '      - "127.0.0.1:5432:5432"',
          '      - "${BIND_ADDR:-127.0.0.1}:6379:6379"',
          '      - "[::1]:27017:27017"',
          '      - target: 9200',
          '        host_ip: 127.0.0.1',
          '        published: 9200',
          '  web:',
          '    image: nginx:1.27',
          '    ports: ["80:80", "443:443", "1883:1883/udp"]',
          '',
        ].join('\n'),
      },
      {
        name: 'host networking is reported by compose/host-network instead',
        code: 'services:\n  db:\n    image: redis:7.4\n    network_mode: host\n    ports: ["6379:6379"]\n',
      },
    ],
    invalid: [
      {
        code: [
          'services:',
          '  db:',
          '    image: postgres:16.4',
          '    ports:',
          '      - "5432:5432"   # for local tools',
          '      - 15672:15672',
          '      - 6379',
          '      - "0.0.0.0:27017:27017"',
          '      - "[::]:3306:3306"',
          '      - "${REDIS_PORT:-6380}:6379"',
          '',
        ].join('\n'),
        errors: [
          { line: 5, message: 'service "db" publishes PostgreSQL port 5432 on all interfaces' },
          { line: 6, message: /RabbitMQ management/ },
          { line: 7, message: /Redis/ },
          { line: 8, message: /MongoDB/ },
          { line: 9, message: /MySQL/ },
          { line: 10, message: /Redis/ },
        ],
        output: [
          'services:',
          '  db:',
          '    image: postgres:16.4',
          '    ports:',
          '      - "127.0.0.1:5432:5432"   # for local tools',
          '      - 127.0.0.1:15672:15672',
          '      - 127.0.0.1::6379',
          '      - "127.0.0.1:27017:27017"',
          '      - "127.0.0.1:3306:3306"',
          '      - "127.0.0.1:${REDIS_PORT:-6380}:6379"',
          '',
        ].join('\n'),
      },
      {
        name: 'long syntax, custom address',
        options: { 'bind-address': '10.0.0.5' },
        code: 'services:\n  es:\n    image: elasticsearch:8.15.0\n    ports:\n      - target: 9200\n        published: "9200"\n',
        errors: [{ line: 5, message: /Elasticsearch/ }],
        output:
          'services:\n  es:\n    image: elasticsearch:8.15.0\n    ports:\n      - target: 9200\n        published: "9200"\n        host_ip: 10.0.0.5\n',
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
