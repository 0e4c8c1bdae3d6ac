import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-redis/protected-mode-off',
  kind: 'redis-live',
  severity: 'high',
  title: 'Redis protected mode is off while the default user has no password',
  why: 'Protected mode is the safety net that makes a password-less Redis refuse clients from other machines. With it switched off and no password, one firewall mistake or a `bind 0.0.0.0` puts the whole data set, and often the host, in the hands of anyone on the network.',
  fix: 'Turn the safety net back on with `CONFIG SET protected-mode yes` (and `protected-mode yes` in redis.conf), or better, set a password; `plumb fix` does both and keeps the old values for rollback.',
  verify:
    'Run `redis-cli CONFIG GET protected-mode` (as an authorised user): it must print `yes`, or the default user must require a password.',
  references: [
    'CWE-1188',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/#protected-mode',
  ],
  tags: ['live', 'hardening'],
  check(doc, ctx) {
    if (doc.protectedMode !== 'no') return;
    const passwordless = doc.defaultUser
      ? doc.defaultUser.nopass && doc.defaultUser.enabled
      : doc.unauthenticatedAccess === true;
    if (!passwordless) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} runs with protected-mode no and a password-less default user`,
      path: `${doc.path}/config/protected-mode`,
      evidence: 'CONFIG GET protected-mode => no',
    });
  },
});
