import { githubActionsHandler } from '../../sources/parsers/github-actions/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './secret-echo.js';

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
          '      - run: npm publish',
          '        env:',
          '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
          '      - run: |',
          '          # echo ${{ secrets.OLD }} was removed',
          '          echo "done"',
          '          echo "${{ secrets.KUBECONFIG }}" | base64 -d > kubeconfig',
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
          '      - name: Debug',
          '        run: |',
          '          echo "token is ${{ secrets.DEPLOY_TOKEN }}"',
          "          printf '%s\\n' ${{ secrets.KUBECONFIG }}",
          '',
        ].join('\n'),
        errors: [
          { line: 8, message: 'job "a" step "Debug" prints the secret DEPLOY_TOKEN' },
          { line: 9, message: /KUBECONFIG/ },
        ],
      },
    ],
  },
  { path: '.github/workflows/ci.yml' },
);
