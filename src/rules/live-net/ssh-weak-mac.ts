import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';
import { WEAK_MACS, weakOf } from './lib/ssh-weak.js';

export default defineRule({
  id: 'ssh/weak-mac',
  kind: 'ssh-live',
  severity: 'medium',
  title: 'SSH server offers weak MAC algorithms',
  why: 'MACs stop attackers from altering SSH traffic. MD5, truncated 96-bit and RIPEMD MACs are deprecated; SHA-1 and 64-bit-tag MACs are still shipped but discouraged. Offering them lets a man in the middle choose them for weaker clients.',
  fix: 'Set `MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com` in sshd_config, then `sshd -t` and reload sshd.',
  verify:
    'Run `ssh -o MACs=hmac-md5 <host>`: it must fail with "no matching MAC found"; re-run `plumb scan ssh://<host>`.',
  references: [
    'CWE-328',
    'https://infosec.mozilla.org/guidelines/openssh',
    'CIS Distribution Independent Linux Benchmark 5.2.14',
  ],
  tags: ['live', 'ssh'],
  check(doc, ctx) {
    const offered = doc.algorithms?.macs;
    if (!offered) return;
    for (const { name, weak } of weakOf(offered, WEAK_MACS)) {
      ctx.report({
        at: ENDPOINT,
        path: `${doc.path}/macs/${name}`,
        severity: weak.severity,
        message: `${doc.path} offers MAC ${name}: ${weak.reason}`,
      });
    }
  },
});
