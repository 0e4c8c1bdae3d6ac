import type { FileKindHandler } from '../types.js';

/** Placeholder until the nginx configuration parser lands: recognises nothing. */
export const nginxHandler: FileKindHandler = {
  kind: 'nginx',
  label: 'nginx configuration',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
