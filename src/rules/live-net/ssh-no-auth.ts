import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'ssh/no-auth',
  kind: 'ssh-live',
  severity: 'critical',
  title: 'SSH server logs in without any authentication',
  why: 'The server accepted the "none" authentication method: anyone who can reach the port gets a session without a password or key. This happens with PermitEmptyPasswords on accounts without a password, or with embedded SSH servers configured for open access.',
  fix: 'Require keys or passwords for every account: set `PermitEmptyPasswords no`, give every account a password or lock it (`passwd -l`), and on embedded servers disable anonymous access; reload sshd.',
  verify:
    'Re-run `plumb scan ssh://<host>`: the "none" request must be answered with a list of methods, not a login.',
  references: [
    'CWE-306',
    'CWE-287',
    'https://www.rfc-editor.org/rfc/rfc4252#section-5.2',
    'CIS Distribution Independent Linux Benchmark 5.2.11',
  ],
  tags: ['live', 'ssh', 'authentication'],
  check(doc, ctx) {
    if (doc.noneAuthAccepted !== true) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/auth/none`,
      message: `${doc.path} accepted the "none" authentication method for ${doc.authUser ?? 'the probe user'}`,
    });
  },
});
