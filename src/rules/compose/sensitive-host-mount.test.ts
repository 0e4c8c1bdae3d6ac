import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sensitive-host-mount.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      {
        name: 'single files under /etc are fine',
        code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n      - ./conf:/etc/app\n',
      },
      { name: 'named volume', code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - etc:/etc\n' },
    ],
    invalid: [
      {
        code: 'services:\n  exporter:\n    image: node-exporter:v1.8.2\n    volumes:\n      - /:/host:ro,rslave\n      - "/proc:/host/proc"\n      - /sys:/host/sys:rw\n',
        errors: [
          { line: 5, message: /host directory \/ \(read-only\)/, severity: 'medium' },
          { line: 6, message: /\/proc read-write/, severity: 'high' },
          { line: 7, severity: 'high' },
        ],
        output:
          'services:\n  exporter:\n    image: node-exporter:v1.8.2\n    volumes:\n      - /:/host:ro,rslave\n      - "/proc:/host/proc:ro"\n      - /sys:/host/sys:ro\n',
      },
      {
        name: 'long syntax and a trailing slash',
        code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - type: bind\n        source: /etc/\n        target: /host/etc\n',
        errors: [{ line: 5, message: /\/etc read-write/ }],
        output:
          'services:\n  a:\n    image: a:1\n    volumes:\n      - type: bind\n        source: /etc/\n        target: /host/etc\n        read_only: true\n',
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
