import { defineRule } from '../../core/rule.js';
import { at, lastDirective } from './lib/redis-facts.js';

const SWITCHES = { 'enable-debug-command': 'DEBUG', 'enable-module-command': 'MODULE' } as const;

export default defineRule({
  id: 'redis/admin-commands-enabled',
  kind: 'redis',
  severity: 'high',
  title: 'Redis DEBUG or MODULE command enabled for remote clients',
  why: 'Since Redis 7 the DEBUG and MODULE commands are off by default because they are too powerful: MODULE LOAD runs native code from any file on the server inside Redis, and DEBUG can crash it or expose memory. With `yes`, any client that can connect (or any stolen password) can use them.',
  fix: 'Set `enable-debug-command no` and `enable-module-command no` (or `local` if an operator really needs them from the server itself). Load modules at startup with `loadmodule` instead.',
  verify:
    'Run `redis-cli -h <host> MODULE LIST` from another machine: it must fail with an error saying the command is not allowed.',
  references: ['CWE-749', 'CWE-94', 'https://raw.githubusercontent.com/redis/redis/7.2/redis.conf'],
  fixable: 'auto',
  check(doc, ctx) {
    if (doc.sentinel) return;
    for (const [name, command] of Object.entries(SWITCHES)) {
      const d = lastDirective(doc, name);
      const value = d?.args[0];
      if (!d?.reportable || !value || value.value.toLowerCase() !== 'yes') continue;
      ctx.report({
        ...at(d),
        message: `${name} yes lets every client run ${command}`,
        path: name,
        fix: (e) => e.replace(value.range, 'no'),
      });
    }
  },
});
