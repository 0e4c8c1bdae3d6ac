import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'ssh/protocol-v1',
  kind: 'ssh-live',
  severity: 'high',
  title: 'SSH server speaks protocol version 1',
  why: 'SSH-1 has design flaws that allow session hijacking and insertion of commands into an encrypted session (CRC-32 compensation attack), and uses weak cryptography. Its banner (SSH-1.x, or SSH-1.99 for "1 and 2") also marks very old, unpatched server software.',
  fix: 'Upgrade the SSH server; on old OpenSSH set `Protocol 2` in sshd_config and reload. Current OpenSSH has no SSH-1 support at all.',
  verify:
    'Run `nc <host> 22 </dev/null | head -1` and expect a banner starting with `SSH-2.0-`; re-run `plumb scan ssh://<host>`.',
  references: [
    'CWE-327',
    'CWE-757',
    'https://www.rfc-editor.org/rfc/rfc4253#section-5',
    'CIS Distribution Independent Linux Benchmark 5.2.4',
  ],
  tags: ['live', 'ssh'],
  check(doc, ctx) {
    const v = doc.protocolVersion;
    if (v === undefined || !v.startsWith('1.')) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/protocol`,
      message: `${doc.path} speaks SSH protocol ${v === '1.99' ? '1 (and 2)' : v}`,
      ...(doc.banner ? { evidence: doc.banner } : {}),
    });
  },
});
