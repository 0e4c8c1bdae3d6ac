import type { FileKindHandler } from '../types.js';

/** Placeholder until the redis.conf parser lands: recognises nothing. */
export const redisHandler: FileKindHandler = {
  kind: 'redis',
  label: 'redis.conf',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
