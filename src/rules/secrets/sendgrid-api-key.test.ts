import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sendgrid-api-key.js';

const KEY = 'SG.' + '6QsyHZytfqY6K1Qjah4dXd.3eOa1Zcc-a4CgOFfqRgz7IhYePP2lny2pg17_dUM2jN';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      {
        name: 'placeholder',
        code: 'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n',
      },
      { name: 'wrong shape', code: 'SENDGRID_API_KEY=SG.abc.def\n' },
    ],
    invalid: [
      { code: `SENDGRID_API_KEY=${KEY}\n`, errors: [{ line: 1, message: /SendGrid API key SG\.6\*\*\*/ }] },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'src/main/resources/application.properties',
        code: `spring.sendgrid.api-key=${KEY}\n`,
        options: { variable: '{KEY}' },
        errors: 1,
        output: 'spring.sendgrid.api-key=${SPRING_SENDGRID_API_KEY}\n',
      },
    ],
  },
  { path: '.env' },
);
