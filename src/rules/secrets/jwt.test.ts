import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './jwt.js';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const HEADER = b64({ alg: 'HS256', typ: 'JWT' });
const TOKEN = `${HEADER}.${b64({ sub: 'svc-billing', iat: 1716239022, exp: 4102444800 })}.${'Qm9ndXNTaWduYXR1cmVCeXRlc0hlcmVGb3JUZXN0cw'}`;
const NO_EXP = `${HEADER}.${b64({ sub: 'ci-deployer', role: 'admin' })}.${'c2lnbmF0dXJlLWJ5dGVzLWhlcmU'}`;

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'not JSON inside', code: 'x = eyJub3RqdXN0.eyJhbmQtbm90LWpzb24.c2ln\n' },
      {
        name: 'header without alg',
        code: `t = ${b64({ typ: 'JWT', kid: 'k1' })}.${b64({ sub: 'x' })}.c2lnbmF0dXJl\n`,
      },
      { name: 'source maps are skipped', path: 'app.js.map', code: `"${TOKEN}"\n` },
    ],
    invalid: [
      {
        code: `API_TOKEN=${TOKEN}\n`,
        errors: [{ line: 1, severity: 'low', message: /JWT eyJh\*\*\* .*expires 2100-01-01/ }],
      },
      {
        name: 'bearer header in a shell script, no expiry',
        path: 'scripts/call.sh',
        code: `curl https://api.internal \\\n  -H "Authorization: Bearer ${NO_EXP}"\n`,
        errors: [{ line: 2, message: /no expiry claim/ }],
      },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'src/main/resources/application.properties',
        code: `client.service-token=${TOKEN}\n`,
        options: { variable: '{KEY}' },
        errors: 1,
        output: 'client.service-token=${CLIENT_SERVICE_TOKEN}\n',
      },
    ],
  },
  { path: '.env' },
);
