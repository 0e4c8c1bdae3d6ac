import { githubActionsHandler } from '../../sources/parsers/github-actions/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './untrusted-checkout.js';

ruleTester(
  rule,
  githubActionsHandler,
  {
    valid: [
      {
        name: 'pull_request may check out the head',
        code: 'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n',
      },
      {
        name: 'pull_request_target checking out the base',
        code: 'on: pull_request_target\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/labeler@v5\n',
      },
      {
        name: 'same-repository guard',
        code: [
          'on: pull_request_target',
          'jobs:',
          '  t:',
          '    if: github.event.pull_request.head.repo.full_name == github.repository',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '        with:',
          '          ref: ${{ github.event.pull_request.head.sha }}',
          '',
        ].join('\n'),
      },
    ],
    invalid: [
      {
        code: [
          'on:',
          '  pull_request_target:',
          '    types: [opened, synchronize]',
          'jobs:',
          '  test:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '        with:',
          '          ref: ${{ github.event.pull_request.head.sha }}',
          '      - run: npm ci && npm test',
          '      - run: gh pr checkout ${{ github.event.number }}',
          '',
        ].join('\n'),
        errors: [
          { line: 10, message: /job "test" step "actions\/checkout@v4" checks out .* pull_request_target/ },
          { line: 12, message: /fetches the pull request head/ },
        ],
      },
      {
        name: 'workflow_run head and fork repository',
        code: [
          'on:',
          '  workflow_run:',
          '    workflows: [CI]',
          '    types: [completed]',
          'jobs:',
          '  report:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '        with:',
          '          repository: ${{ github.event.workflow_run.head_repository.full_name }}',
          '          ref: main',
          '      - uses: actions/checkout@v4',
          '        with:',
          '          ref: ${{ github.event.workflow_run.head_sha }}',
          '',
        ].join('\n'),
        errors: [{ line: 11, message: /workflow_run/ }, { line: 15 }],
      },
    ],
  },
  { path: '.github/workflows/pr.yml' },
);
