import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './read-only-rootfs.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [{ code: 'services:\n  a:\n    image: a:1\n    read_only: true\n    tmpfs: [/tmp]\n' }],
    invalid: [
      {
        name: 'shown as a suggestion until the paths are chosen',
        code: 'services:\n  a:\n    image: a:1\n',
        errors: [{ line: 2, message: /writable root filesystem/ }],
      },
      {
        name: 'adds read_only and tmpfs',
        options: { tmpfs: '/tmp, /var/run' },
        code: 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n',
        errors: 1,
        output:
          'services:\n  web:\n    image: nginx:1.27\n    restart: always\n    read_only: true\n    tmpfs:\n      - /tmp\n      - /var/run\n',
      },
      {
        name: 'explicit false with an existing tmpfs list',
        options: { tmpfs: '/tmp,/cache' },
        code: 'services:\n  web:\n    image: app:1\n    read_only: false\n    tmpfs:\n      - /tmp:size=64m\n',
        errors: [{ line: 4, message: /read_only: false/ }],
        output:
          'services:\n  web:\n    image: app:1\n    read_only: true\n    tmpfs:\n      - /tmp:size=64m\n      - /cache\n',
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
