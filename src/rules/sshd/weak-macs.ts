import { defineRule } from '../../core/rule.js';
import { checkAlgorithms } from './lib/algorithms.js';

/** MD5, RIPEMD-160, 64-bit UMAC, truncated SHA-1, and SHA-1 without encrypt-then-MAC. */
const WEAK = /md5|ripemd|umac-64|hmac-sha1-96|^hmac-sha1$/i;

export default defineRule({
  id: 'sshd/weak-macs',
  kind: 'sshd',
  severity: 'medium',
  title: 'Weak SSH MAC algorithms allowed',
  why: 'MACs protect SSH traffic against tampering. MD5, RIPEMD-160, 64-bit UMAC and plain SHA-1 MACs are weak or have too small a tag, making forged or altered packets more feasible for an attacker on the network.',
  fix: 'Offer only strong MACs: `MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com`.',
  verify:
    'Run `sshd -T | grep -i ^macs` (or `ssh-audit <host>`) and check no md5, ripemd, umac-64 or non-etm sha1 MAC is listed.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.14',
    'CWE-328',
    'https://man.openbsd.org/sshd_config#MACs',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkAlgorithms(doc, ctx, {
      key: 'macs',
      keyword: 'MACs',
      what: 'MACs',
      isWeak: (m) => WEAK.test(m),
      recommended:
        'hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-512,hmac-sha2-256',
    });
  },
});
