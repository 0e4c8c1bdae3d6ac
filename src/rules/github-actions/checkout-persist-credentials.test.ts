import { githubActionsHandler } from '../../sources/parsers/github-actions/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './checkout-persist-credentials.js';

ruleTester(
  rule,
  githubActionsHandler,
  {
    valid: [
      {
        code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n',
      },
      {
        name: 'an explicit true is a decision',
        code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with: {persist-credentials: true}\n      - run: git push\n',
      },
    ],
    invalid: [
      {
        code: [
          'on: push',
          'jobs:',
          '  build:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '      - uses: actions/checkout@v4',
          '        with:',
          '          fetch-depth: 0',
          '      - uses: actions/upload-artifact@v4',
          '        with:',
          '          path: .',
          '',
        ].join('\n'),
        errors: [
          { line: 6, severity: 'medium', message: /uploads artifacts/ },
          { line: 7, severity: 'medium' },
        ],
        output: [
          'on: push',
          'jobs:',
          '  build:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '        with:',
          '          persist-credentials: false',
          '      - uses: actions/checkout@v4',
          '        with:',
          '          fetch-depth: 0',
          '          persist-credentials: false',
          '      - uses: actions/upload-artifact@v4',
          '        with:',
          '          path: .',
          '',
        ].join('\n'),
      },
      {
        name: 'no automatic fix when a later step pushes',
        code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          git commit -am bump\n          git push\n',
        errors: [{ line: 6, severity: 'low' }],
      },
    ],
  },
  { path: '.github/workflows/ci.yml' },
);
