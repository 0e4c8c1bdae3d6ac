import { githubActionsHandler } from '../../sources/parsers/github-actions/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './unsecure-commands.js';

ruleTester(
  rule,
  githubActionsHandler,
  {
    valid: [
      {
        code: 'on: push\nenv:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: false\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n',
      },
    ],
    invalid: [
      {
        code: [
          'on: push',
          'env:',
          '  ACTIONS_ALLOW_UNSECURE_COMMANDS: true',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - name: legacy',
          '        run: echo "::add-path::/opt/bin"',
          '        env:',
          '          FOO: bar',
          "          ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true'",
          '',
        ].join('\n'),
        errors: [
          { line: 3, message: /workflow sets ACTIONS_ALLOW_UNSECURE_COMMANDS=true/ },
          { line: 12, message: /step legacy/ },
        ],
        output: [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - name: legacy',
          '        run: echo "::add-path::/opt/bin"',
          '        env:',
          '          FOO: bar',
          '',
        ].join('\n'),
      },
    ],
  },
  { path: '.github/workflows/ci.yml' },
);
