import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

export default defineRule({
  id: 'sshd/ignore-rhosts',
  kind: 'sshd',
  severity: 'medium',
  title: '.rhosts files are honoured',
  why: 'With IgnoreRhosts no, any user can write a ~/.rhosts or ~/.shosts file that lets other hosts and users in without a password, bypassing whatever the administrators decided.',
  fix: 'Set `IgnoreRhosts yes` (the default) or delete the line.',
  verify: 'Run `sshd -T | grep -i ignorerhosts` and check it prints `yes`.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.8',
    'CWE-287',
    'https://man.openbsd.org/sshd_config#IgnoreRhosts',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'ignorerhosts',
      keyword: 'IgnoreRhosts',
      judge: (v) =>
        /^(?:no|shosts-only)$/i.test(v)
          ? { message: `IgnoreRhosts ${v} lets users' .rhosts/.shosts files grant access` }
          : null,
      fixValue: () => 'yes',
    });
  },
});
