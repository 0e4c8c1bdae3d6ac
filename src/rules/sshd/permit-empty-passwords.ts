import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

export default defineRule({
  id: 'sshd/permit-empty-passwords',
  kind: 'sshd',
  severity: 'critical',
  title: 'SSH logins with empty passwords allowed',
  why: 'PermitEmptyPasswords yes lets anyone log in over the network to any account that has no password set (service accounts, freshly created users) by just pressing Enter.',
  fix: 'Set `PermitEmptyPasswords no` (the default) or delete the line.',
  verify: 'Run `sshd -T | grep -i permitemptypasswords` and check it prints `no`.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.11',
    'CWE-258',
    'https://man.openbsd.org/sshd_config#PermitEmptyPasswords',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'permitemptypasswords',
      keyword: 'PermitEmptyPasswords',
      judge: (v) =>
        v.toLowerCase() === 'yes'
          ? { message: 'PermitEmptyPasswords yes lets accounts without a password log in' }
          : null,
      fixValue: () => 'no',
    });
  },
});
