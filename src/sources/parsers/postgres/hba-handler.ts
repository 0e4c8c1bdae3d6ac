import type { FileKindHandler } from '../types.js';

/** Placeholder until the pg_hba.conf parser lands: recognises nothing. */
export const pgHbaHandler: FileKindHandler = {
  kind: 'pg-hba',
  label: 'pg_hba.conf',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
