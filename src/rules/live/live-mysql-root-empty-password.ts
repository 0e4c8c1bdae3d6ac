import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-mysql/root-empty-password',
  kind: 'mysql-live',
  severity: 'critical',
  title: 'MySQL/MariaDB root logs in with an empty password',
  why: "The server let `root` log in over TCP with an empty password. Anyone who can reach the port owns every database, can create accounts, and can read or write files the server can reach (LOAD DATA, SELECT ... INTO OUTFILE). Default credentials tried by the probe: `root` with an empty password, and the anonymous user `''` with an empty password (skip with defaultCredentials: false).",
  fix: "Set a strong password on every root account (`ALTER USER 'root'@'localhost' IDENTIFIED BY '<secret>'`, or on MariaDB keep unix_socket: `IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('<secret>')`). `plumb fix` sets a generated password (stored in .plumb/secrets/) and can restore the old account definition.",
  verify:
    'Run `mysql -h <host> -P <port> -u root --password= -e "select 1"`: it must fail with "Access denied".',
  references: [
    'CWE-521',
    'CWE-1392',
    'https://dev.mysql.com/doc/refman/8.0/en/default-privileges.html',
    'https://mariadb.com/kb/en/authentication-from-mariadb-104/',
  ],
  tags: ['live', 'authentication', 'default-credentials'],
  check(doc, ctx) {
    const login = doc.logins.find((l) => l.user === 'root' && l.password === 'empty' && l.outcome === 'ok');
    if (!login) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} accepted root with an empty password${login.matchedAccount ? ` (account ${login.matchedAccount})` : ''}`,
      path: `${doc.path}/account/root/password`,
      evidence: 'login as root with an empty password returned OK',
    });
  },
});
