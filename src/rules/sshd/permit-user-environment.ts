import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

export default defineRule({
  id: 'sshd/permit-user-environment',
  kind: 'sshd',
  severity: 'medium',
  title: 'Users can set environment variables for sshd',
  why: 'PermitUserEnvironment lets users set variables such as LD_PRELOAD through ~/.ssh/environment or authorized_keys. That can be used to bypass forced commands and access restrictions, for example on a restricted git or backup account.',
  fix: 'Set `PermitUserEnvironment no` (the default) or delete the line.',
  verify: 'Run `sshd -T | grep -i permituserenvironment` and check it prints `no`.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.13',
    'CWE-15',
    'https://man.openbsd.org/sshd_config#PermitUserEnvironment',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'permituserenvironment',
      keyword: 'PermitUserEnvironment',
      judge: (v) =>
        v.toLowerCase() === 'no'
          ? null
          : { message: `PermitUserEnvironment ${v} lets users set environment variables for their sessions` },
      fixValue: () => 'no',
    });
  },
});
