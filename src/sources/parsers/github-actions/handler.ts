import type { FileKindHandler } from '../types.js';
import { parseWorkflow } from './parse-workflow.js';

const WORKFLOW_PATH = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;

/**
 * Sniff: a top-level `on:` and `jobs:`, with `runs-on:` or `uses:` below. Composite action
 * metadata (`action.yml`) has no `jobs:` and is left alone.
 */
export function looksLikeWorkflow(text: string): boolean {
  const head = text.slice(0, 65_536);
  return (
    /^(?:on|"on"|'on'):/m.test(head) &&
    /^jobs:[ \t]*(?:#.*)?\r?$/m.test(head) &&
    /^[ \t]+(?:runs-on|uses):/m.test(head)
  );
}

export const githubActionsHandler: FileKindHandler = {
  kind: 'github-actions',
  label: 'GitHub Actions workflow',
  comments: ['#'],
  byName: (path) => WORKFLOW_PATH.test(path),
  byContent: (text) => looksLikeWorkflow(text),
  parse(file) {
    return parseWorkflow(file);
  },
};
