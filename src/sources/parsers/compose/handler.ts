import type { FileKindHandler } from '../types.js';
import { parseCompose } from './parse-compose.js';

const COMPOSE_NAME = /^(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i;

/**
 * Sniff: a top-level `services:` mapping with entries that have `image: <ref>` or `build:`, and none
 * of the keys that mark Kubernetes manifests or workflows. Only the first 64 KiB are looked at.
 */
export function looksLikeCompose(text: string): boolean {
  const head = text.slice(0, 65_536);
  if (!/^services:[ \t]*(?:#.*)?\r?$/m.test(head)) return false;
  if (/^(?:apiVersion|kind|jobs|AWSTemplateFormatVersion|Resources):/m.test(head)) return false;
  // `image: repo:tag` (a scalar) or `build:`; Helm values files nest `image: {repository, tag}`.
  return /^[ \t]+(?:image:[ \t]*["']?[\w${}]|build:)/m.test(head);
}

export const composeHandler: FileKindHandler = {
  kind: 'compose',
  label: 'Docker Compose file',
  comments: ['#'],
  byName: (_path, base) => COMPOSE_NAME.test(base),
  byContent: (text) => looksLikeCompose(text),
  parse(file) {
    return parseCompose(file);
  },
};
