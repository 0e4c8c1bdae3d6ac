import { githubActionsHandler } from '../../sources/parsers/github-actions/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './secrets-inherit.js';

ruleTester(
  rule,
  githubActionsHandler,
  {
    valid: [
      {
        code: 'on: push\njobs:\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n    secrets:\n      TOKEN: ${{ secrets.TOKEN }}\n',
      },
    ],
    invalid: [
      {
        code: 'on: push\njobs:\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n    secrets: inherit\n',
        errors: [{ line: 5, message: /passes all secrets to .\/.github\/workflows\/deploy.yml/ }],
      },
      {
        name: 'explicit secrets once chosen',
        options: { secrets: 'NPM_TOKEN, SLACK_WEBHOOK' },
        code: 'on: push\njobs:\n  release:\n    uses: acme/ci/.github/workflows/release.yml@v1\n    secrets: inherit\n    with:\n      tag: v1\n',
        errors: 1,
        output:
          'on: push\njobs:\n  release:\n    uses: acme/ci/.github/workflows/release.yml@v1\n    secrets:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}\n    with:\n      tag: v1\n',
      },
    ],
  },
  { path: '.github/workflows/ci.yml' },
);
