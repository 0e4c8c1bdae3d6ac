import type { FileKindHandler } from '../types.js';

/** Placeholder until the MySQL/MariaDB my.cnf parser lands: recognises nothing. */
export const mysqlHandler: FileKindHandler = {
  kind: 'mysql',
  label: 'MySQL/MariaDB my.cnf',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
