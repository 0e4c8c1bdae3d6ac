import type { FileKindHandler } from '../types.js';

/** Placeholder until the GitHub Actions workflow parser lands: recognises nothing. */
export const githubActionsHandler: FileKindHandler = {
  kind: 'github-actions',
  label: 'GitHub Actions workflow',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
