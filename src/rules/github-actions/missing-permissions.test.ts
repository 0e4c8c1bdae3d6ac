import { githubActionsHandler } from '../../sources/parsers/github-actions/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './missing-permissions.js';

ruleTester(
  rule,
  githubActionsHandler,
  {
    valid: [
      {
        code: 'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n',
      },
      {
        name: 'every job sets its own',
        code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps: [{run: make}]\n',
      },
      {
        name: 'reusable workflow',
        code: 'on:\n  workflow_call:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n',
      },
    ],
    invalid: [
      {
        name: 'placeholder until chosen',
        code: 'name: CI\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n',
        errors: [{ line: 2, message: /all jobs get the default token permissions/ }],
      },
      {
        name: 'inserted above jobs, keeping the blank line and indentation',
        options: { permissions: 'contents: read' },
        code: 'name: CI\non: [push, pull_request]\n\njobs:\n    a:\n        runs-on: ubuntu-latest\n        steps: [{run: make}]\n    b:\n        permissions: {}\n        runs-on: ubuntu-latest\n        steps: [{run: make}]\n',
        errors: [{ line: 2, message: /job\(s\) "a" get/ }],
        output:
          'name: CI\non: [push, pull_request]\n\npermissions:\n    contents: read\n\njobs:\n    a:\n        runs-on: ubuntu-latest\n        steps: [{run: make}]\n    b:\n        permissions: {}\n        runs-on: ubuntu-latest\n        steps: [{run: make}]\n',
      },
    ],
  },
  { path: '.github/workflows/ci.yml' },
);
