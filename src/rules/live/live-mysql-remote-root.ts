import { defineRule } from '../../core/rule.js';
import { isRemoteHost } from '../../sources/live/mysql/mysql-document.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-mysql/remote-root',
  kind: 'mysql-live',
  severity: 'high',
  title: 'MySQL/MariaDB root can log in from other machines',
  why: "A root account whose host is '%' or another remote pattern lets anyone who learns or guesses the root password administer the server from anywhere, and makes root a target for password spraying. Administrators should log in locally (or over SSH) and applications should use their own limited accounts.",
  fix: "Drop remote root accounts (`DROP USER 'root'@'%'`) and keep root@localhost; create a named admin account limited to the admin network if remote administration is needed. `plumb fix` drops them and can recreate them (definition and grants) on rollback.",
  verify:
    "Run `SELECT user, host FROM mysql.user WHERE user = 'root'`: only localhost, 127.0.0.1 and ::1 may remain.",
  references: [
    'CWE-250',
    'CWE-668',
    'https://dev.mysql.com/doc/refman/8.0/en/account-names.html',
    'https://mariadb.com/kb/en/mariadb-secure-installation/',
  ],
  tags: ['live', 'authorization'],
  check(doc, ctx) {
    for (const a of doc.accounts ?? []) {
      if (a.user !== 'root' || !isRemoteHost(a.host, doc.serverHostname)) continue;
      ctx.report({
        at: ENDPOINT,
        message: `${doc.path} has root@'${a.host}', which accepts logins from other machines${a.emptyPassword ? ' with an empty password' : ''}`,
        path: `${doc.path}/account/root@${a.host}`,
        ...(a.emptyPassword ? { severity: 'critical' as const } : {}),
      });
    }
  },
});
