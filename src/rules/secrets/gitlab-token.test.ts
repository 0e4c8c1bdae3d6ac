import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './gitlab-token.js';

const PAT = 'glpat-' + 'deJg1Kza5KxxGWfvmaQt';
const RUNNER = 'glrt-' + 'Hk2pQ9xLm4Rv8sWz1Nb6';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'placeholder', code: 'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx\n' },
      { name: 'variable reference', code: 'GITLAB_TOKEN=$CI_JOB_TOKEN\n' },
      { name: 'too short', code: 'token: glpat-abc\n' },
    ],
    invalid: [
      {
        code: `GITLAB_TOKEN=${PAT}\n`,
        errors: [{ line: 1, message: /GitLab token glpa\*\*\* .*access token/ }],
      },
      {
        name: 'runner token in config.toml',
        path: 'config.toml',
        code: `[[runners]]\n  name = "build"\n  token = "${RUNNER}"\n`,
        errors: [{ line: 3, message: /runner authentication token/ }],
      },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'docker-compose.yml',
        code: `services:\n  ci:\n    environment:\n      GITLAB_TOKEN: ${PAT}\n`,
        options: { variable: '{KEY}' },
        errors: 1,
        output: 'services:\n  ci:\n    environment:\n      GITLAB_TOKEN: ${GITLAB_TOKEN}\n',
      },
    ],
  },
  { path: '.env' },
);
