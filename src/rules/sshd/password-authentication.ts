import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

export default defineRule({
  id: 'sshd/password-authentication',
  kind: 'sshd',
  severity: 'medium',
  title: 'SSH password logins allowed',
  why: 'Servers reachable over SSH are hit by password-guessing bots around the clock. With password logins on (the OpenSSH default), one weak or reused password is enough to get in; key-based logins cannot be guessed.',
  fix: 'Set `PasswordAuthentication no` before any Match block, after making sure every user has an SSH key installed.',
  verify:
    'Run `sshd -T | grep -i passwordauthentication` (prints `no`), and `ssh -o PubkeyAuthentication=no <user>@<host>` must fail with "Permission denied (publickey)".',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.12',
    'CWE-307',
    'https://man.openbsd.org/sshd_config#PasswordAuthentication',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'passwordauthentication',
      keyword: 'PasswordAuthentication',
      judge: (v) =>
        v.toLowerCase() === 'yes' ? { message: 'PasswordAuthentication yes allows password logins' } : null,
      fixValue: () => 'no',
      missing: {
        message: 'PasswordAuthentication is not set; sshd defaults to yes (password logins allowed)',
        value: 'no',
      },
    });
  },
});
