import { defineRule } from '../../core/rule.js';
import { at, isServerGroup, isTemplated } from './lib/mycnf-facts.js';

/** Files that hold credentials by design and are installed readable by root only. */
const CREDENTIAL_FILES = new Set(['debian.cnf']);

export default defineRule({
  id: 'mysql/client-password',
  kind: 'mysql',
  severity: 'medium',
  title: 'Database password stored in a shared MySQL option file',
  why: 'A `password` in a [client] (or [mysql], [mysqldump]...) group of a shared option file such as /etc/mysql/my.cnf is readable by every local user (these files are world-readable so programs can find their settings) and ends up in backups, images and repositories. Anyone who reads it can log in as that database user.',
  fix: 'Remove the password line. Store credentials per user in `~/.my.cnf` with mode 600, or with `mysql_config_editor set --login-path=...` (MySQL), or pass them from a secrets manager.',
  verify:
    'Run `grep -rn "^\\s*password" /etc/mysql/ /etc/my.cnf*` (expects nothing) and check the client still connects with its per-user credentials.',
  references: ['CWE-256', 'CWE-798', 'https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html'],
  check(doc, ctx) {
    const base = doc.path.slice(doc.path.lastIndexOf('/') + 1);
    if (doc.userFile || CREDENTIAL_FILES.has(base)) return;
    for (const o of doc.options) {
      if (!o.reportable || isServerGroup(o.group) || o.group === '') continue;
      if (o.name !== 'password' && o.name !== 'pass') continue;
      if (o.value === null || o.value === '' || isTemplated(o.value)) continue;
      const fileBase = o.file.slice(o.file.lastIndexOf('/') + 1);
      if (CREDENTIAL_FILES.has(fileBase)) continue;
      ctx.report({
        ...at(o, o.range),
        message: `[${o.group}] stores a password in a shared option file`,
        path: `${o.group}/password`,
      });
    }
  },
});
