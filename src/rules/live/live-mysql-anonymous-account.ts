import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-mysql/anonymous-account',
  kind: 'mysql-live',
  severity: 'high',
  title: 'MySQL/MariaDB has an anonymous account',
  why: "An account with an empty user name (''@host) lets anyone log in with any name and no password, and it also shadows real accounts from the same host, which causes confusing logins. Old installers created these for testing; they have no place on a real server. Default credentials tried by the probe: the anonymous user with an empty password (skip with defaultCredentials: false).",
  fix: "Drop every anonymous account: `DROP USER ''@'localhost'`, `DROP USER ''@'<hostname>'` (mysql_secure_installation does the same). `plumb fix` drops them and can recreate them exactly (definition and grants) on rollback.",
  verify: "Run `SELECT user, host FROM mysql.user WHERE user = ''`: it must return no rows.",
  references: [
    'CWE-287',
    'CWE-1188',
    'https://dev.mysql.com/doc/refman/8.0/en/default-privileges.html',
    'https://mariadb.com/kb/en/mariadb-secure-installation/',
  ],
  tags: ['live', 'authentication', 'default-credentials'],
  check(doc, ctx) {
    const hosts = new Set((doc.accounts ?? []).filter((a) => a.user === '').map((a) => a.host));
    const login = doc.logins.find((l) => l.user === '' && l.outcome === 'ok');
    if (hosts.size === 0 && !login) return;
    const list = [...hosts].map((h) => `''@'${h}'`).join(', ');
    ctx.report({
      at: ENDPOINT,
      message: list
        ? `${doc.path} has anonymous account(s) ${list}`
        : `${doc.path} accepted an anonymous login`,
      path: `${doc.path}/account/anonymous`,
      ...(login ? { evidence: 'login with an empty user name and password returned OK' } : {}),
    });
  },
});
