import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './npm-token.js';

const TOKEN = 'npm_' + 'qxLHmAuMe57l9JuO4iIhOvqiZnCxh1Gd1CJo';
const LEGACY = '4f1c9a2e-7b3d-4e8f-9a0b-' + '1c2d3e4f5a6b';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'environment reference', code: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' },
      {
        name: 'placeholder',
        path: 'README.md',
        code: 'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n',
      },
      { name: 'scope registry only', code: '@acme:registry=https://npm.pkg.github.com\n' },
    ],
    invalid: [
      {
        name: 'granular token anywhere',
        path: '.github/workflows/publish.sh',
        code: `echo "//registry.npmjs.org/:_authToken=${TOKEN}" > ~/.npmrc\n`,
        errors: [{ line: 1, message: /npm token npm_\*\*\*/ }],
      },
      {
        name: 'legacy token in .npmrc, without a chosen variable',
        code: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${LEGACY}\n`,
        errors: [{ line: 2, message: /npm _authToken/ }],
      },
      {
        name: '.npmrc token replaced by an environment reference once the variable is chosen',
        code: `//registry.npmjs.org/:_authToken=${TOKEN}\nalways-auth=true\n`,
        options: { variable: 'NPM_TOKEN' },
        errors: 1,
        output: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nalways-auth=true\n',
      },
    ],
  },
  { path: '.npmrc' },
);
