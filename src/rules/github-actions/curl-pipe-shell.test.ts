import { githubActionsHandler } from '../../sources/parsers/github-actions/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './curl-pipe-shell.js';

ruleTester(
  rule,
  githubActionsHandler,
  {
    valid: [
      {
        code: [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - run: |',
          '          curl -fsSLo install.sh https://example.com/install.sh',
          '          echo "abc123  install.sh" | sha256sum -c -',
          '          sh install.sh',
          '          curl -s https://api.github.com/repos/a/b | python3 -m json.tool',
          '',
        ].join('\n'),
      },
    ],
    invalid: [
      {
        code: [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - name: Install',
          '        run: |',
          '          set -e',
          '          curl -fsSL https://get.example.com | sudo -E bash -',
          '      - run: bash <(wget -qO- https://x.example/i.sh)',
          '',
        ].join('\n'),
        errors: [
          { line: 9, message: /job "a" step "Install" pipes a download into an interpreter/ },
          { line: 10 },
        ],
      },
    ],
  },
  { path: '.github/workflows/ci.yml' },
);
