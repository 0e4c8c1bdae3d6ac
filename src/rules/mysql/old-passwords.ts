import { defineRule } from '../../core/rule.js';
import { at, boolOf, effectiveBool, lastServerOption, rewrite } from './lib/mycnf-facts.js';

export default defineRule({
  id: 'mysql/old-passwords',
  kind: 'mysql',
  severity: 'high',
  title: 'MySQL uses or accepts pre-4.1 password hashes',
  why: 'old_passwords = 1 stores new passwords with the pre-4.1 hash, and secure_auth off lets clients log in with it. That 16-byte hash is broken: it can be reversed quickly, and a captured login exchange or a leaked mysql.user table gives the attacker working passwords.',
  fix: 'Set `old_passwords = 0` (or remove it) and keep `secure_auth` ON; then reset the passwords of accounts that still have old hashes.',
  verify:
    'Restart, then check `SELECT @@old_passwords, @@secure_auth;` returns 0 and 1, and `SELECT user, host FROM mysql.user WHERE LENGTH(authentication_string) = 16 OR LENGTH(password) = 16;` is empty.',
  references: ['CWE-916', 'CWE-327', 'https://mariadb.com/kb/en/server-system-variables/#old_passwords'],
  fixable: 'auto',
  check(doc, ctx) {
    const old = lastServerOption(doc, 'old_passwords');
    if (old?.reportable) {
      const v = old.value === null ? true : old.value.trim() === '1' || boolOf(old.value) === true;
      if (v) {
        ctx.report({
          ...at(old, old.range),
          message: `${old.rawName}${old.rawValue === null ? '' : `=${old.rawValue}`} stores passwords with the broken pre-4.1 hash`,
          path: `${old.group}/old_passwords`,
          fix: (e) => rewrite(e, doc, old, 'old_passwords', '0'),
        });
      }
    }
    const secure = effectiveBool(doc, 'secure_auth');
    if (secure?.on === false && secure.option.reportable) {
      const o = secure.option;
      ctx.report({
        ...at(o, o.range),
        message: `${o.rawName}${o.rawValue === null ? '' : `=${o.rawValue}`} lets clients log in with pre-4.1 password hashes`,
        path: `${o.group}/secure_auth`,
        fix: (e) => rewrite(e, doc, o, 'secure_auth', 'ON'),
      });
    }
  },
});
