import type { FileKindHandler } from '../types.js';
import { parseRedis } from './parse-redis.js';

const baseOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function isRedisName(base: string): boolean {
  if (/sentinel/i.test(base)) return false;
  return /^redis(?:[-_][^/]*)?\.conf$/i.test(base) || /\.redis\.conf$/i.test(base);
}

/** Directives only a redis.conf has; two of them at line starts make a sniff. */
const REDIS_ONLY =
  /^[ \t]*(?:protected-mode|requirepass|appendonly|appendfsync|maxmemory-policy|rename-command|tcp-backlog|replicaof|slaveof|dbfilename|aclfile|repl-diskless-sync|lazyfree-lazy-eviction|stop-writes-on-bgsave-error|rdbcompression)[ \t]/gim;

export const redisHandler: FileKindHandler = {
  kind: 'redis',
  label: 'redis.conf',
  comments: ['#'],
  byName: (_path, base) => isRedisName(base),
  byContent(text) {
    if (/^[ \t]*sentinel[ \t]+monitor[ \t]/im.test(text)) return false;
    const seen = new Set<string>();
    for (const m of text.slice(0, 200_000).matchAll(REDIS_ONLY)) {
      seen.add(m[0].trim().toLowerCase());
      if (seen.size >= 2) return true;
    }
    return false;
  },
  parse(file, io) {
    const { document, diagnostics } = parseRedis(
      file,
      io,
      (path, text) => isRedisName(baseOf(path)) || redisHandler.byContent?.(text, baseOf(path)) === true,
    );
    return { documents: [document], diagnostics };
  },
};
