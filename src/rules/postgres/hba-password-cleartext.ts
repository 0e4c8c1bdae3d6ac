import { defineRule } from '../../core/rule.js';
import { at, hbaAddress, hbaLoopbackOnly, hbaPath } from './lib/pg-facts.js';

export default defineRule({
  id: 'postgres/hba-password-cleartext',
  kind: 'pg-hba',
  severity: 'high',
  title: 'pg_hba.conf sends passwords in clear text (password method)',
  why: 'With the `password` method the client sends the actual password to the server. Without TLS anyone who can watch the network traffic (a shared network, a compromised proxy) reads it and can log in later; even with TLS the server sees every password in full. scram-sha-256 proves knowledge of the password without ever sending it.',
  fix: 'Replace `password` with `scram-sha-256`. Roles whose stored password is still an MD5 hash must set their password again (with password_encryption = scram-sha-256) before they can log in with SCRAM.',
  verify:
    "Reload, then check `SELECT line_number, auth_method FROM pg_hba_file_rules WHERE auth_method = 'password';` is empty and clients still connect; `SELECT rolname FROM pg_authid WHERE rolpassword LIKE 'md5%';` lists roles that need a new password.",
  references: ['CWE-319', 'CWE-522', 'https://www.postgresql.org/docs/current/auth-password.html'],
  fixable: 'auto',
  check(doc, ctx) {
    for (const r of doc.records) {
      if (r.method !== 'password' || !r.reportable) continue;
      const plainWire = (r.type === 'host' || r.type === 'hostnossl') && !hbaLoopbackOnly(r);
      ctx.report({
        ...at(r, r.methodRange),
        severity: plainWire ? 'high' : 'medium',
        message: plainWire
          ? `${r.type} ${hbaAddress(r)} uses the password method: passwords can cross the network unencrypted`
          : `${r.type === 'local' ? 'local' : `${r.type} ${hbaAddress(r)}`} uses the password method: the server receives passwords in clear text`,
        path: `${hbaPath(r)}/method`,
        fix: (e) => e.replace(r.methodRange, 'scram-sha-256'),
      });
    }
  },
});
