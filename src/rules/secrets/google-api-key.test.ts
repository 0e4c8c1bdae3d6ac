import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './google-api-key.js';

const KEY = 'AIza' + 'y4SXvE9rwLbAtf6e9cpCGybY9lMR4pAwBp3';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'too short', code: 'key=AIzaSyShort\n' },
      { name: 'placeholder', code: 'GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n' },
    ],
    invalid: [
      {
        code: `GOOGLE_API_KEY=${KEY}\n`,
        errors: [{ line: 1, severity: 'medium', message: /Google API key AIza\*\*\*/ }],
      },
      {
        name: 'Firebase web config is public by design: low',
        path: 'src/firebase.js',
        code: `const firebaseConfig = {\n  apiKey: "${KEY}",\n  authDomain: "acme-prod.firebaseapp.com",\n};\n`,
        errors: [{ line: 2, severity: 'low', message: /Firebase/ }],
      },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'src/main/resources/application.properties',
        code: `maps.api-key=${KEY}\n`,
        options: { variable: '{KEY}' },
        errors: 1,
        output: 'maps.api-key=${MAPS_API_KEY}\n',
      },
    ],
  },
  { path: '.env' },
);
