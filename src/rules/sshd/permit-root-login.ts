import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

export default defineRule({
  id: 'sshd/permit-root-login',
  kind: 'sshd',
  severity: 'high',
  title: 'Root can log in over SSH',
  why: 'With PermitRootLogin yes, anyone who guesses or steals the root password gets full control of the machine in one step, and logins cannot be traced to a person. Admins should log in as themselves and use sudo.',
  fix: 'Set `PermitRootLogin no` (or at least `prohibit-password`, which still allows keys) before any Match block.',
  verify:
    'Run `sshd -T | grep -i permitrootlogin` and check it prints `no`; then try `ssh root@<host>` and check it is refused.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.10',
    'CWE-250',
    'https://man.openbsd.org/sshd_config#PermitRootLogin',
  ],
  fixable: 'auto',
  options: {
    value: {
      description: 'Value the fix sets: no, or prohibit-password to keep key-based root logins.',
      default: 'no',
    },
  },
  check(doc, ctx) {
    const value = String(ctx.options['value'] ?? 'no');
    const target = /^(?:no|prohibit-password|without-password|forced-commands-only)$/.test(value)
      ? value
      : 'no';
    checkKeyword(doc, ctx, {
      key: 'permitrootlogin',
      keyword: 'PermitRootLogin',
      judge: (v) => {
        const lower = v.toLowerCase();
        if (lower === 'yes') return { message: 'PermitRootLogin yes allows root to log in with a password' };
        if (lower === 'no' || lower === target) return null;
        return {
          message: `PermitRootLogin ${v} still allows root logins (CIS asks for no)`,
          severity: 'low',
        };
      },
      fixValue: () => target,
      missing: {
        message:
          'PermitRootLogin is not set; sshd defaults to prohibit-password (root may log in with a key)',
        value: target,
        severity: 'info',
      },
    });
  },
});
