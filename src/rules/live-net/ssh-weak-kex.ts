import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';
import { WEAK_KEX, weakOf } from './lib/ssh-weak.js';

export default defineRule({
  id: 'ssh/weak-kex',
  kind: 'ssh-live',
  severity: 'medium',
  title: 'SSH server offers weak key-exchange algorithms',
  why: 'The key exchange protects every later secret of the session. SHA-1 based and 1024-bit Diffie-Hellman exchanges are deprecated (RFC 9142) and within reach of well-funded attackers; an attacker in the middle can steer old clients onto them.',
  fix: 'Set a modern list in sshd_config, e.g. `KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group-exchange-sha256`, then `sshd -t` and reload sshd.',
  verify:
    'Run `ssh -vv -o KexAlgorithms=diffie-hellman-group14-sha1 <host>`: it must fail with "no matching key exchange method"; re-run `plumb scan ssh://<host>`.',
  references: [
    'CWE-327',
    'https://www.rfc-editor.org/rfc/rfc9142',
    'https://infosec.mozilla.org/guidelines/openssh',
    'CIS Distribution Independent Linux Benchmark 5.2.15',
  ],
  tags: ['live', 'ssh'],
  check(doc, ctx) {
    const offered = doc.algorithms?.kex;
    if (!offered) return;
    for (const { name, weak } of weakOf(offered, WEAK_KEX)) {
      ctx.report({
        at: ENDPOINT,
        path: `${doc.path}/kex/${name}`,
        severity: weak.severity,
        message: `${doc.path} offers key exchange ${name}: ${weak.reason}`,
      });
    }
  },
});
