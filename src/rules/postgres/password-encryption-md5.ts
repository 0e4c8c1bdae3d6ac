import { defineRule } from '../../core/rule.js';
import { at, lastSetting, styled } from './lib/pg-facts.js';

/** md5, and the pre-14 boolean spellings that also meant md5. */
const MD5_VALUES = new Set(['md5', 'on', 'true', 'yes', '1']);

export default defineRule({
  id: 'postgres/password-encryption-md5',
  kind: 'postgresql-conf',
  severity: 'medium',
  title: 'New PostgreSQL passwords are stored as MD5 hashes',
  why: 'password_encryption decides how a password is hashed when it is set. MD5 hashes are unsalted by anything but the user name and are enough on their own to log in with md5 authentication, so a leaked pg_authid, backup or replica gives an attacker working credentials. scram-sha-256 hashes are salted, iterated and cannot be replayed.',
  fix: "Set `password_encryption = 'scram-sha-256'` (the default since PostgreSQL 14), reload, then have each role set its password again so the stored hash is converted.",
  verify:
    "Run `SHOW password_encryption;` (expects scram-sha-256) and `SELECT rolname FROM pg_authid WHERE rolpassword LIKE 'md5%';` until it returns no rows.",
  references: [
    'CWE-916',
    'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-PASSWORD-ENCRYPTION',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    const s = lastSetting(doc, 'password_encryption');
    if (!s?.reportable || !MD5_VALUES.has(s.value.trim().toLowerCase())) return;
    ctx.report({
      ...at(s, s.range),
      message: `password_encryption = ${s.raw} stores new passwords as MD5 hashes`,
      path: 'password_encryption',
      fix: (e) => e.replace(s.valueRange, styled(s, 'scram-sha-256')),
    });
  },
});
