import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './stripe-live-key.js';

const SECRET = 'sk_' + 'live_' + 'YTHY2IvGYF0eYF2ExFJgKLDL';
const RESTRICTED = 'rk_' + 'live_' + '36awmUDt8QvwTH6Iuj2OkDCJ';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'publishable key is public by design', code: 'STRIPE_PK=pk_live_YTHY2IvGYF0eYF2ExFJgKLDL\n' },
      { name: 'test-mode key', code: 'STRIPE_SK=sk_test_YTHY2IvGYF0eYF2ExFJgKLDL\n' },
      { name: 'placeholder', code: 'STRIPE_SK=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n' },
    ],
    invalid: [
      {
        code: `STRIPE_SK=${SECRET}\n`,
        errors: [{ line: 1, severity: 'critical', message: /Stripe live key sk_l\*\*\*/ }],
      },
      {
        name: 'restricted key is one level lower',
        path: 'billing.py',
        code: `import stripe\nstripe.api_key = "${RESTRICTED}"\n`,
        errors: [{ line: 2, severity: 'high', message: /restricted/ }],
      },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'billing/config.py',
        code: `import os\nSTRIPE_KEY = "${SECRET}"\n`,
        options: { variable: 'STRIPE_SECRET_KEY' },
        errors: 1,
        output: 'import os\nSTRIPE_KEY = os.environ["STRIPE_SECRET_KEY"]\n',
      },
    ],
  },
  { path: '.env' },
);
