import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './github-token.js';

const GHP = 'ghp_' + 'qN9Nifp28uwCDydesokF5NSAllsNdV40J599';
const GHS = 'ghs_' + 'dTCZWZYvRSZeyx4Ag8SsaxTmknuj64AX6VM2';
const PAT =
  'github_pat_' + 'ewMuBY6rfNcAKEIOUttYpA_TIk27f4t3tGolUByxRmXBYQ0DVbpag1xYKiuMw7TpHD8BHbNdZU0NYJ2gCl';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'placeholder', code: 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n' },
      { name: 'Actions secret reference', path: 'ci.yml', code: 'token: ${{ secrets.GITHUB_TOKEN }}\n' },
      { name: 'too short', code: 'x = ghp_abc123\n' },
      {
        name: 'old 40-hex token format is not claimed by prefix',
        code: 'sha=3998e1705bb7a7af3d2e2425ba9682170905f4ec\n',
      },
    ],
    invalid: [
      {
        code: `GITHUB_TOKEN=${GHP}\n`,
        errors: [{ line: 1, message: /GitHub token ghp_\*\*\* .*personal access token/ }],
      },
      {
        name: 'several kinds in one file',
        path: 'scripts/release.sh',
        code: `#!/bin/sh\ncurl -H "Authorization: token ${GHS}" https://api.github.com\ngh auth login --with-token <<< ${PAT}\n`,
        errors: [
          { line: 2, message: /server-to-server/ },
          { line: 3, message: /fine-grained/ },
        ],
      },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'app/settings_ci.py',
        code: `import os\n\nGITHUB_TOKEN = '${GHP}'\n`,
        options: { variable: '{KEY}' },
        errors: 1,
        output: 'import os\n\nGITHUB_TOKEN = os.environ["GITHUB_TOKEN"]\n',
      },
    ],
  },
  { path: '.env' },
);
