import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';
import { WEAK_CIPHERS, weakOf } from './lib/ssh-weak.js';

export default defineRule({
  id: 'ssh/weak-cipher',
  kind: 'ssh-live',
  severity: 'medium',
  title: 'SSH server offers weak ciphers',
  why: 'Ciphers protect everything typed and transferred over SSH. CBC-mode ciphers in SSH allow partial plaintext recovery, RC4 and 64-bit block ciphers are broken, and offering them lets a man in the middle pick them for clients that still accept them.',
  fix: 'Set `Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr` in sshd_config, then `sshd -t` and reload sshd.',
  verify:
    'Run `ssh -o Ciphers=aes128-cbc <host>`: it must fail with "no matching cipher found"; re-run `plumb scan ssh://<host>`.',
  references: [
    'CWE-327',
    'https://www.rfc-editor.org/rfc/rfc8758',
    'https://infosec.mozilla.org/guidelines/openssh',
    'CIS Distribution Independent Linux Benchmark 5.2.13',
  ],
  tags: ['live', 'ssh'],
  check(doc, ctx) {
    const offered = doc.algorithms?.ciphers;
    if (!offered) return;
    for (const { name, weak } of weakOf(offered, WEAK_CIPHERS)) {
      ctx.report({
        at: ENDPOINT,
        path: `${doc.path}/ciphers/${name}`,
        severity: weak.severity,
        message: `${doc.path} offers cipher ${name}: ${weak.reason}`,
      });
    }
  },
});
