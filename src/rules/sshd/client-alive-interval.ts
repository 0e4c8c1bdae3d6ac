import { defineRule } from '../../core/rule.js';
import { checkKeyword, sshdSeconds } from './lib/sshd-settings.js';

const VALUE = '300';

export default defineRule({
  id: 'sshd/client-alive-interval',
  kind: 'sshd',
  severity: 'low',
  title: 'Idle SSH sessions never time out',
  why: 'With ClientAliveInterval 0 (the default) sshd never checks whether the client is still there, so abandoned or hijacked sessions on unattended terminals stay open indefinitely and dead connections pile up.',
  fix: `Set \`ClientAliveInterval ${VALUE}\` (and keep ClientAliveCountMax low, e.g. 3) so idle or dead sessions are closed.`,
  verify: 'Run `sshd -T | grep -i clientalive` and check clientaliveinterval is greater than 0.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.19',
    'CWE-613',
    'https://man.openbsd.org/sshd_config#ClientAliveInterval',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'clientaliveinterval',
      keyword: 'ClientAliveInterval',
      judge: (v) =>
        sshdSeconds(v) === 0
          ? { message: 'ClientAliveInterval 0 never checks for idle or dead sessions' }
          : null,
      fixValue: () => VALUE,
      missing: {
        message: 'ClientAliveInterval is not set; sshd never checks for idle or dead sessions',
        value: VALUE,
      },
    });
  },
});
