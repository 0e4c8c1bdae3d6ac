import { defineRule } from '../../core/rule.js';
import type { RedisDocument } from '../../sources/parsers/redis/redis-document.js';
import {
  aclsLimitCommands,
  anchor,
  directivesNamed,
  lastDirective,
  unauthenticated,
} from './lib/redis-facts.js';

const COMMANDS = ['CONFIG', 'FLUSHALL', 'FLUSHDB', 'DEBUG', 'MODULE'] as const;

/** Directives that only Redis 7 or later understands: their presence dates the file. */
const REDIS7 = [
  'enable-protected-configs',
  'enable-debug-command',
  'enable-module-command',
  'latency-tracking',
  'shutdown-on-sigterm',
  'shutdown-on-sigint',
  'cluster-port',
  'list-max-listpack-size',
  'hash-max-listpack-entries',
];

/** DEBUG and MODULE are refused by default since Redis 7 (enable-*-command no). */
function blockedByDefault(doc: RedisDocument, command: string): boolean {
  const switchName =
    command === 'DEBUG' ? 'enable-debug-command' : command === 'MODULE' ? 'enable-module-command' : '';
  if (!switchName) return false;
  const d = lastDirective(doc, switchName);
  if (d) return d.args[0]?.value.toLowerCase() !== 'yes';
  const redis7 =
    doc.directives.some((x) => REDIS7.includes(x.name)) ||
    directivesNamed(doc, 'bind').some((b) => b.args.some((a) => a.value.startsWith('-')));
  return redis7;
}

function unprotected(doc: RedisDocument): string[] {
  const renamed = new Set(
    directivesNamed(doc, 'rename-command').map((d) => d.args[0]?.value.toUpperCase() ?? ''),
  );
  return COMMANDS.filter((c) => !renamed.has(c) && !blockedByDefault(doc, c));
}

export default defineRule({
  id: 'redis/dangerous-commands',
  kind: 'redis',
  severity: 'medium',
  title: 'Dangerous Redis commands are available to every client',
  why: 'Without ACLs every client that gets in can run administrative commands: CONFIG rewrites settings and can write arbitrary files on the server (a classic takeover path), FLUSHALL/FLUSHDB wipe all data in one call, DEBUG can crash the server and MODULE loads native code. Applications almost never need them.',
  fix: 'Prefer ACL users that exclude `@dangerous` (e.g. `user app on #<hash> ~* +@all -@dangerous`). Without ACLs, disable the commands with `rename-command CONFIG ""` (and FLUSHALL, FLUSHDB, DEBUG, MODULE), or rename them to an unguessable name for administrators.',
  verify:
    'Run `redis-cli CONFIG GET maxmemory`: it must fail with `unknown command` (or NOPERM for an ACL user).',
  references: [
    'CWE-749',
    'https://redis.io/docs/latest/operate/oss_and_stack/management/security/#disallowing-specific-commands',
  ],
  fixable: 'suggestion',
  options: {
    disable: {
      description:
        'Commands to disable with `rename-command <cmd> ""`, comma-separated. Check first that no tool (monitoring, Sentinel, backups) relies on them.',
    },
  },
  check(doc, ctx) {
    if (doc.sentinel || !doc.complete || aclsLimitCommands(doc)) return;
    const open = unprotected(doc);
    if (open.length === 0) return;
    ctx.report({
      at: anchor(doc),
      severity: unauthenticated(doc) ? 'medium' : 'low',
      message: `${open.join(', ')} ${open.length === 1 ? 'is' : 'are'} open to the default user: no ACL limits ${open.length === 1 ? 'it' : 'them'} and ${open.length === 1 ? 'it is' : 'they are'} not renamed or disabled`,
      path: 'rename-command',
      suggest: {
        question: 'Which of these commands can be disabled (comma-separated)?',
        option: 'disable',
        placeholder: open.join(','),
        edits: (e, value) => {
          const wanted = value
            .split(/[\s,]+/)
            .filter((c) => c !== '')
            .map((c) => c.toUpperCase());
          if (wanted.length === 0 || wanted.some((c) => !/^[A-Z][A-Z|-]*$/.test(c))) return null;
          const lines = wanted.filter((c) => open.includes(c)).map((c) => `rename-command ${c} ""`);
          return lines.length > 0 ? e.appendLines(lines) : null;
        },
      },
    });
  },
});
