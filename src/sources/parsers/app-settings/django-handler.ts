import type { FileKindHandler } from '../types.js';

/** Placeholder until the Django settings parser lands: recognises nothing. */
export const djangoHandler: FileKindHandler = {
  kind: 'django',
  label: 'Django settings',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
