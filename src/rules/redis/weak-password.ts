import { defineRule } from '../../core/rule.js';
import type { RedisArg, RedisDirective } from '../../sources/parsers/redis/redis-document.js';
import { at, directivesNamed, isTemplated, lastDirective } from './lib/redis-facts.js';

/** Passwords seen in tutorials, default configs and breach top lists. */
const COMMON = new Set([
  'foobared',
  'redis',
  'redispass',
  'redispassword',
  'password',
  'password1',
  'passw0rd',
  'p@ssw0rd',
  'changeme',
  'secret',
  'admin',
  'root',
  'test',
  'default',
  'pass',
  '123456',
  '12345678',
  '123456789',
  'qwerty',
  'letmein',
  'welcome',
]);

export const MIN_LENGTH = 16;

export function weakness(password: string): string | undefined {
  if (password === '' || isTemplated(password)) return undefined;
  if (COMMON.has(password.toLowerCase())) return 'a well-known default or common password';
  if (/^(.)\1*$/.test(password)) return 'a single repeated character';
  if (password.length < MIN_LENGTH)
    return `only ${password.length} characters long (use at least ${MIN_LENGTH})`;
  return undefined;
}

export default defineRule({
  id: 'redis/weak-password',
  kind: 'redis',
  severity: 'high',
  title: 'Redis password is short or well known',
  why: 'Redis checks passwords very fast and does not slow down or lock out repeated attempts, so an attacker who can connect can try hundreds of thousands of guesses per second. Short passwords and well-known ones like `foobared` (the example in redis.conf) fall quickly, and then the attacker has full access.',
  fix: 'Use a long random secret (32+ characters, e.g. `openssl rand -base64 32`), preferably as an ACL hash: `user default on #<sha256 of the secret> ...` so the secret is not stored in the file.',
  verify:
    'Reload the configuration and check `redis-cli --pass <old password> PING` fails with WRONGPASS while the new secret works.',
  references: [
    'CWE-521',
    'CWE-798',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication',
  ],
  check(doc, ctx) {
    if (doc.sentinel) return;
    const report = (d: RedisDirective, arg: RedisArg, password: string, who: string) => {
      const why = weakness(password);
      if (!why || !d.reportable) return;
      ctx.report({ ...at(d), at: arg.range, message: `${who} password is ${why}`, path: `${who}/password` });
    };
    const requirepass = lastDirective(doc, 'requirepass');
    const arg = requirepass?.args[0];
    if (requirepass && arg) report(requirepass, arg, arg.value, 'requirepass');
    for (const d of directivesNamed(doc, 'user')) {
      const name = d.args[0]?.value ?? '';
      for (const a of d.args.slice(1)) {
        if (a.value.startsWith('>')) report(d, a, a.value.slice(1), `user ${name}`);
      }
    }
  },
});
