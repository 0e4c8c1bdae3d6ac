import { githubActionsHandler } from '../../sources/parsers/github-actions/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './unpinned-action.js';

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';
const SHA2 = 'b4ffde65f46336ab88eb53be808477a3936bae11';

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
          `      - uses: actions/checkout@${SHA} # v4.2.2`,
          '      - uses: ./.github/actions/setup',
          '      - uses: docker://alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
          '  call:',
          `    uses: acme/infra/.github/workflows/deploy.yml@${SHA2}`,
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
          '      - uses: actions/checkout@v4',
          '      - uses: tj-actions/changed-files@v45',
          '      - uses: docker://alpine:3.20',
          '  call:',
          '    uses: acme/infra/.github/workflows/deploy.yml@main',
          '',
        ].join('\n'),
        errors: [
          {
            line: 6,
            severity: 'low',
            message: /GitHub-owned action actions\/checkout@v4 is pinned to the movable ref "v4"/,
          },
          { line: 7, severity: 'high', message: /third-party action tj-actions\/changed-files@v45/ },
          { line: 8, severity: 'medium', message: /image digest/ },
          { line: 10, severity: 'high', message: /reusable workflow/ },
        ],
      },
      {
        name: 'pins applied from the answer, keeping quotes and comments',
        options: { pins: `actions/checkout=${SHA}, tj-actions/changed-files@v45=${SHA2}` },
        code: [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: "actions/checkout@v4"',
          '      - uses: tj-actions/changed-files@v45 # files',
          '      - uses: other/thing@v1',
          '',
        ].join('\n'),
        errors: 3,
        output: [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          `      - uses: "actions/checkout@${SHA}" # v4`,
          `      - uses: tj-actions/changed-files@${SHA2} # files`,
          '      - uses: other/thing@v1',
          '',
        ].join('\n'),
      },
    ],
  },
  { path: '.github/workflows/ci.yml' },
);
