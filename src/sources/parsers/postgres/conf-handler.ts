import type { FileKindHandler } from '../types.js';

/** Placeholder until the postgresql.conf parser lands: recognises nothing. */
export const postgresConfHandler: FileKindHandler = {
  kind: 'postgresql-conf',
  label: 'postgresql.conf',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
