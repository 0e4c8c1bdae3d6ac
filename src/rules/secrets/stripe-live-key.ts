import { defineRule } from '../../core/rule.js';
import { detectPrefixed, VARIABLE_OPTION } from './lib/scan.js';

/**
 * Stripe live-mode secret (`sk_live_`) and restricted (`rk_live_`) keys. Publishable keys
 * (`pk_live_`) are meant for browsers and test-mode keys (`sk_test_`) move no money: neither
 * matches.
 */
const KEY = /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{20,247}(?![A-Za-z0-9_])/g;

export default defineRule({
  id: 'secrets/stripe-live-key',
  kind: 'text',
  severity: 'critical',
  title: 'Stripe live secret key committed',
  why: 'A live Stripe secret key can create charges and refunds, read customer and payment data and change payout settings on your real account. Money and personal data are directly at stake.',
  fix: 'Roll the key in the Stripe dashboard (Developers > API keys > Roll key), use a restricted key with only the permissions the service needs, and load it from a secret store.',
  verify:
    'Check the old key shows as expired in the dashboard, or that `curl https://api.stripe.com/v1/balance -u <old key>:` answers 401; re-run the scan.',
  references: ['CWE-798', 'https://docs.stripe.com/keys', 'https://docs.stripe.com/keys-best-practices'],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    detectPrefixed(doc, ctx, {
      detector: 'stripe-live-key',
      label: 'Stripe live key',
      literals: ['k_live_'],
      regex: KEY,
      prefixLength: 8,
      severity: (m) => (m.value.startsWith('rk_') ? 'high' : undefined),
      note: (m) => (m.value.startsWith('rk_') ? 'restricted key' : undefined),
    });
  },
});
