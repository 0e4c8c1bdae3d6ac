import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

export default defineRule({
  id: 'sshd/hostbased-authentication',
  kind: 'sshd',
  severity: 'medium',
  title: 'Host-based authentication enabled',
  why: 'Host-based authentication trusts a user because they come from a trusted machine, without any password or personal key. Whoever takes over one trusted host (or its host key) can log in as any user there.',
  fix: 'Set `HostbasedAuthentication no` (the default) and use per-user keys.',
  verify: 'Run `sshd -T | grep -i hostbasedauthentication` and check it prints `no`.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.9',
    'CWE-290',
    'https://man.openbsd.org/sshd_config#HostbasedAuthentication',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'hostbasedauthentication',
      keyword: 'HostbasedAuthentication',
      judge: (v) =>
        v.toLowerCase() === 'yes'
          ? { message: 'HostbasedAuthentication yes trusts whole hosts instead of users' }
          : null,
      fixValue: () => 'no',
    });
  },
});
