import { githubActionsHandler } from '../../sources/parsers/github-actions/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './write-all-permissions.js';

ruleTester(
  rule,
  githubActionsHandler,
  {
    valid: [
      {
        code: 'on: push\npermissions: read-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n    steps: [{run: make}]\n',
      },
    ],
    invalid: [
      {
        name: 'placeholder shown until permissions are chosen',
        code: 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n',
        errors: [{ line: 2, message: 'workflow grants the GITHUB_TOKEN write-all permissions' }],
      },
      {
        name: 'job level, with chosen scopes',
        options: { permissions: 'contents: read, pull-requests: write' },
        code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: write-all # too much\n    steps:\n      - run: make\n',
        errors: [{ line: 5, message: /job "a"/ }],
        output:
          'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: # too much\n      contents: read\n      pull-requests: write\n    steps:\n      - run: make\n',
      },
    ],
  },
  { path: '.github/workflows/ci.yml' },
);
