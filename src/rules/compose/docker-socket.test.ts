import { composeHandler } from '../../sources/parsers/compose/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './docker-socket.js';

ruleTester(
  rule,
  composeHandler,
  {
    valid: [
      {
        code: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./site:/usr/share/nginx/html:ro\n',
      },
      {
        name: 'a named volume called docker',
        code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - docker:/var/lib/docker\nvolumes:\n  docker: {}\n',
      },
      {
        name: 'a subpath of /run that is not a socket',
        code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - /run/secrets/app:/run/secrets/app:ro\n',
      },
    ],
    invalid: [
      {
        code: 'services:\n  traefik:\n    image: traefik:v3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n',
        errors: [{ line: 5, message: /engine socket \/var\/run\/docker.sock/ }],
      },
      {
        name: 'long syntax, /run and the parent directory',
        code: [
          'services:',
          '  runner:',
          '    image: runner:1',
          '    volumes:',
          '      - type: bind',
          '        source: /run/containerd/containerd.sock',
          '        target: /run/containerd/containerd.sock',
          '      - //var/run/:/host-run',
          '',
        ].join('\n'),
        errors: [{ line: 5 }, { line: 8 }],
      },
      {
        name: 'windows named pipe',
        code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - type: npipe\n        source: \\\\.\\pipe\\docker_engine\n        target: \\\\.\\pipe\\docker_engine\n',
        errors: [{ line: 5 }],
      },
    ],
  },
  { path: 'docker-compose.yml' },
);
