import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-mongodb/no-auth',
  kind: 'mongodb-live',
  severity: 'critical',
  title: 'MongoDB lists its databases to unauthenticated clients',
  why: 'listDatabases succeeded without credentials, which means access control is off: anyone who can reach the port can read, change or delete every collection. Open MongoDB servers are routinely emptied and held for ransom by automated scripts.',
  fix: 'Create an administrator user, then enable access control (`security.authorization: enabled` in mongod.conf, or `--auth`) and restart; bind to private interfaces only (`net.bindIp`).',
  verify:
    'Run `mongosh --host <host> --port <port> --eval "db.adminCommand({listDatabases: 1})"` without credentials: it must fail with "requires authentication".',
  references: [
    'CWE-306',
    'https://www.mongodb.com/docs/manual/tutorial/enable-authentication/',
    'https://www.mongodb.com/docs/manual/administration/security-checklist/',
  ],
  tags: ['live', 'authentication'],
  check(doc, ctx) {
    if (doc.listDatabases !== 'allowed') return;
    const names = doc.databases ?? [];
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} lists ${names.length} database(s) without authentication`,
      path: `${doc.path}/auth`,
      evidence: `listDatabases => ${names.slice(0, 10).join(', ') || '(none)'}`,
    });
  },
});
