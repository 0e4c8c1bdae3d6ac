import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

const LIMIT = 4;

export default defineRule({
  id: 'sshd/max-auth-tries',
  kind: 'sshd',
  severity: 'medium',
  title: 'Too many SSH authentication attempts per connection',
  why: 'MaxAuthTries caps how many passwords or keys a client may try on one connection. A high cap (the default is 6) lets password-guessing bots try more guesses per connection and makes brute-force attacks cheaper and harder to spot in the logs.',
  fix: `Set \`MaxAuthTries ${LIMIT}\` (or lower) before any Match block.`,
  verify: 'Run `sshd -T | grep -i maxauthtries` and check the value is 4 or less.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.7',
    'CWE-307',
    'https://man.openbsd.org/sshd_config#MaxAuthTries',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'maxauthtries',
      keyword: 'MaxAuthTries',
      judge: (v) => {
        const n = Number(v);
        return Number.isInteger(n) && n > LIMIT
          ? { message: `MaxAuthTries ${v} allows more than ${LIMIT} attempts per connection` }
          : null;
      },
      fixValue: () => String(LIMIT),
      missing: {
        message: `MaxAuthTries is not set; sshd defaults to 6 attempts per connection`,
        value: String(LIMIT),
        severity: 'low',
      },
    });
  },
});
