import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';
import { WEAK_HOST_KEYS, weakOf } from './lib/ssh-weak.js';

export default defineRule({
  id: 'ssh/weak-host-key',
  kind: 'ssh-live',
  severity: 'medium',
  title: 'SSH server offers weak host-key algorithms',
  why: 'The host key proves to clients that they reached the real server. DSA keys are 1024-bit and removed from OpenSSH; ssh-rsa signs with SHA-1, for which chosen-prefix collisions are practical. A forged host-key signature lets an attacker impersonate the server.',
  fix: 'Remove DSA host keys (`HostKey /etc/ssh/ssh_host_dsa_key` lines and the files), offer Ed25519 and RSA with SHA-2: `HostKeyAlgorithms ssh-ed25519,ecdsa-sha2-nistp256,rsa-sha2-512,rsa-sha2-256`, then `sshd -t` and reload sshd.',
  verify:
    'Run `ssh -o HostKeyAlgorithms=ssh-rsa <host>`: it must fail with "no matching host key type"; re-run `plumb scan ssh://<host>`.',
  references: [
    'CWE-327',
    'https://www.rfc-editor.org/rfc/rfc8332',
    'https://www.openssh.com/txt/release-8.8',
  ],
  tags: ['live', 'ssh'],
  check(doc, ctx) {
    const offered = doc.algorithms?.hostKey;
    if (!offered) return;
    for (const { name, weak } of weakOf(offered, WEAK_HOST_KEYS)) {
      ctx.report({
        at: ENDPOINT,
        path: `${doc.path}/hostKey/${name}`,
        severity: weak.severity,
        message: `${doc.path} offers host-key algorithm ${name}: ${weak.reason}`,
      });
    }
  },
});
