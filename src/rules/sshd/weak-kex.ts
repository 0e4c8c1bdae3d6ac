import { defineRule } from '../../core/rule.js';
import { checkAlgorithms } from './lib/algorithms.js';

/** SHA-1 based exchanges (group1, group14-sha1, group-exchange-sha1, gss-*-sha1-*, rsa1024-sha1). */
const WEAK = /sha1/i;

export default defineRule({
  id: 'sshd/weak-kex',
  kind: 'sshd',
  severity: 'medium',
  title: 'Weak SSH key exchange algorithms allowed',
  why: 'The key exchange sets up the session keys. SHA-1 based exchanges such as diffie-hellman-group1-sha1 (1024-bit, Logjam) and group14-sha1 rely on a broken hash or too-small groups, weakening the secrecy of every session that uses them.',
  fix: 'Offer only modern exchanges: `KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group-exchange-sha256`.',
  verify:
    'Run `sshd -T | grep -i kexalgorithms` (or `ssh-audit <host>`) and check no sha1 algorithm is listed.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.15',
    'CWE-327',
    'https://weakdh.org/',
    'https://man.openbsd.org/sshd_config#KexAlgorithms',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkAlgorithms(doc, ctx, {
      key: 'kexalgorithms',
      keyword: 'KexAlgorithms',
      what: 'key exchange algorithms',
      isWeak: (k) => WEAK.test(k),
      recommended:
        'sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group-exchange-sha256',
    });
  },
});
