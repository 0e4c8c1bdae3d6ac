import { defineRule } from '../../core/rule.js';
import { checkKeyword, sshdSeconds } from './lib/sshd-settings.js';

const LIMIT = 60;

export default defineRule({
  id: 'sshd/login-grace-time',
  kind: 'sshd',
  severity: 'low',
  title: 'Long SSH login grace time',
  why: "LoginGraceTime is how long an unauthenticated connection may stay open. Long or unlimited (0) values let an attacker hold many half-open connections and exhaust sshd's connection slots (MaxStartups), locking real admins out.",
  fix: `Set \`LoginGraceTime ${LIMIT}\` (one minute or less).`,
  verify: 'Run `sshd -T | grep -i logingracetime` and check the value is between 1 and 60.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.20',
    'CWE-400',
    'https://man.openbsd.org/sshd_config#LoginGraceTime',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'logingracetime',
      keyword: 'LoginGraceTime',
      judge: (v) => {
        const s = sshdSeconds(v);
        if (s === null || (s > 0 && s <= LIMIT)) return null;
        return {
          message:
            s === 0
              ? 'LoginGraceTime 0 never closes unauthenticated connections'
              : `LoginGraceTime ${v} is longer than ${LIMIT} seconds`,
        };
      },
      fixValue: () => String(LIMIT),
      missing: { message: 'LoginGraceTime is not set; sshd defaults to 120 seconds', value: String(LIMIT) },
    });
  },
});
