import { githubActionsHandler } from '../../sources/parsers/github-actions/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './self-hosted-runner.js';

ruleTester(
  rule,
  githubActionsHandler,
  {
    valid: [
      { code: 'on: push\njobs:\n  a:\n    runs-on: [self-hosted, linux]\n    steps: [{run: make}]\n' },
      { code: 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n' },
    ],
    invalid: [
      {
        code: 'on:\n  pull_request:\n  push:\njobs:\n  a:\n    runs-on: [self-hosted, linux, x64]\n    steps: [{run: make}]\n  b:\n    runs-on:\n      labels: Self-Hosted\n    steps: [{run: make}]\n',
        errors: [
          { line: 6, message: /job "a" runs on a self-hosted runner and can be triggered by pull_request/ },
          { line: 10 },
        ],
      },
    ],
  },
  { path: '.github/workflows/ci.yml' },
);
