import { defineRule } from '../../core/rule.js';
import { checkAlgorithms } from './lib/algorithms.js';

const BROKEN = /^(?:3des|arcfour|blowfish|cast128|des)|^rijndael/i;
const CBC = /-cbc(?:@|$)/i;

export default defineRule({
  id: 'sshd/weak-ciphers',
  kind: 'sshd',
  severity: 'high',
  title: 'Weak SSH ciphers allowed',
  why: 'The Ciphers list decides how SSH traffic is encrypted. Arcfour (RC4), 3DES, Blowfish and CAST are broken or too weak, and CBC modes have known plaintext-recovery attacks. A client or attacker can negotiate one of them if the server offers it.',
  fix: 'Offer only modern ciphers: `Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr`.',
  verify:
    'Run `sshd -T | grep -i ^ciphers` (or `ssh-audit <host>`) and check no cbc, 3des, arcfour, blowfish or cast cipher is listed.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.13',
    'CWE-327',
    'https://man.openbsd.org/sshd_config#Ciphers',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkAlgorithms(doc, ctx, {
      key: 'ciphers',
      keyword: 'Ciphers',
      what: 'ciphers',
      isWeak: (c) => BROKEN.test(c) || CBC.test(c),
      severityOf: (weak) => (weak.some((c) => BROKEN.test(c)) ? undefined : 'medium'),
      recommended:
        'chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr',
    });
  },
});
