import type { FileKindHandler } from '../types.js';

/** Placeholder until the Docker Compose file parser lands: recognises nothing. */
export const composeHandler: FileKindHandler = {
  kind: 'compose',
  label: 'Docker Compose file',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
