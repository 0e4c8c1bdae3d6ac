import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './twilio-api-key.js';

const SID = 'SK' + '93134b65ab3adf32b1cc8fa650bdf659';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      {
        name: 'account SID is an identifier',
        code: 'TWILIO_ACCOUNT_SID=AC93134b65ab3adf32b1cc8fa650bdf659\n',
      },
      { name: 'inside a longer hex string', code: 'h=ASK93134b65ab3adf32b1cc8fa650bdf659\n' },
      { name: 'placeholder', code: 'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n' },
    ],
    invalid: [
      { code: `TWILIO_API_KEY=${SID}\n`, errors: [{ line: 1, message: /Twilio API key SID SK93\*\*\*/ }] },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'src/main/resources/application.properties',
        code: `twilio.api-key=${SID}\n`,
        options: { variable: 'TWILIO_API_KEY' },
        errors: 1,
        output: 'twilio.api-key=${TWILIO_API_KEY}\n',
      },
    ],
  },
  { path: '.env' },
);
