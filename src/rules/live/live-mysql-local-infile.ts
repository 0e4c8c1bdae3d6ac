import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-mysql/local-infile',
  kind: 'mysql-live',
  severity: 'medium',
  title: 'MySQL/MariaDB allows LOAD DATA LOCAL INFILE',
  why: 'With local_infile on, the server may ask a connecting client to send one of its local files. A rogue or compromised server, or SQL injection in an application, can use this to read files from application hosts (configuration, keys).',
  fix: 'Set `local_infile = 0` under [mysqld] in my.cnf and run `SET GLOBAL local_infile = 0` (plumb fix does the runtime change and can restore the old value; the my.cnf line keeps it after a restart).',
  verify: 'Run `SELECT @@GLOBAL.local_infile`: it must return 0.',
  references: [
    'CWE-73',
    'https://dev.mysql.com/doc/refman/8.0/en/load-data-local-security.html',
    'https://mariadb.com/kb/en/server-system-variables/#local_infile',
  ],
  tags: ['live', 'hardening'],
  check(doc, ctx) {
    if (doc.localInfile !== true) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} has local_infile enabled`,
      path: `${doc.path}/variable/local_infile`,
      evidence: 'SELECT @@GLOBAL.local_infile => 1',
    });
  },
});
