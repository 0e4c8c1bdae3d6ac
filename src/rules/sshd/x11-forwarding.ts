import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

export default defineRule({
  id: 'sshd/x11-forwarding',
  kind: 'sshd',
  severity: 'medium',
  title: 'X11 forwarding enabled',
  why: "X11 forwarding tunnels graphical sessions over SSH. A compromised server (or another admin on it) can then use the forwarded display to watch the screen and inject keystrokes into the user's desktop. Servers rarely need it.",
  fix: 'Set `X11Forwarding no` (the OpenSSH default), and enable it only in a Match block for users who need it.',
  verify: 'Run `sshd -T | grep -i x11forwarding` and check it prints `no`.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.6',
    'CWE-923',
    'https://man.openbsd.org/sshd_config#X11Forwarding',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'x11forwarding',
      keyword: 'X11Forwarding',
      judge: (v) =>
        v.toLowerCase() === 'yes'
          ? { message: 'X11Forwarding yes lets sessions forward X11 displays' }
          : null,
      fixValue: () => 'no',
    });
  },
});
