import type { FileKindHandler } from '../types.js';

/** Placeholder until the Any text file (secrets) parser lands: recognises nothing. */
export const textHandler: FileKindHandler = {
  kind: 'text',
  label: 'Any text file (secrets)',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
