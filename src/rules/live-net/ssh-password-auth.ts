import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'ssh/password-auth',
  kind: 'ssh-live',
  severity: 'medium',
  title: 'SSH server accepts passwords',
  why: 'Every SSH server on the internet receives constant password-guessing attempts. When password or keyboard-interactive logins are offered, one weak or reused password is enough for an attacker to get a shell; keys cannot be guessed that way.',
  fix: 'Switch users to SSH keys (or certificates), then set `PasswordAuthentication no` and `KbdInteractiveAuthentication no` (ChallengeResponseAuthentication on older OpenSSH) in sshd_config, check with `sshd -t`, and reload sshd. If a second factor uses keyboard-interactive, require it together with a key: `AuthenticationMethods publickey,keyboard-interactive`.',
  verify:
    'Run `ssh -o PreferredAuthentications=password -o PubkeyAuthentication=no <user>@<host>`: it must fail with "Permission denied (publickey)"; re-run `plumb scan ssh://<host>`.',
  references: [
    'CWE-307',
    'CWE-521',
    'CIS Distribution Independent Linux Benchmark 5.2.x (PasswordAuthentication)',
    'https://man.openbsd.org/sshd_config#PasswordAuthentication',
  ],
  tags: ['live', 'ssh', 'authentication'],
  check(doc, ctx) {
    const methods = doc.authMethods;
    if (!methods) return;
    const offered = methods.filter((m) => m === 'password' || m === 'keyboard-interactive');
    if (offered.length === 0) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/auth/password`,
      message: `${doc.path} offers ${offered.join(' and ')} authentication`,
      evidence: `methods after "none" for ${doc.authUser ?? 'a probe user'}: ${methods.join(',')}`,
    });
  },
});
