import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-redis/config-command-exposed',
  kind: 'redis-live',
  severity: 'high',
  title: 'Unauthenticated clients can run CONFIG',
  why: 'CONFIG SET lets a client change where Redis writes its dump file and what it contains. Attackers use it to drop SSH keys, cron jobs or web shells on the host, and CONFIG GET leaks settings. An unauthenticated client must never reach it.',
  fix: 'Require authentication (see live-redis/no-auth) and give application users ACLs without dangerous commands, e.g. `ACL SETUSER app on >secret ~app:* +@all -@dangerous`; `rename-command CONFIG ""` in redis.conf also removes it.',
  verify:
    'Without credentials, `redis-cli CONFIG GET dir` must fail with NOAUTH; as the application user it must fail with NOPERM.',
  references: [
    'CWE-306',
    'CWE-749',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#command-categories',
  ],
  tags: ['live', 'authorization'],
  check(doc, ctx) {
    if (doc.unauthenticatedAccess !== true || doc.authenticated === true || doc.configCommand !== 'allowed')
      return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} lets unauthenticated clients run CONFIG (commands: ${doc.defaultUser?.commands || 'unknown'})`,
      path: `${doc.path}/acl/default/config`,
      evidence: 'CONFIG GET protected-mode succeeded without AUTH',
    });
  },
});
