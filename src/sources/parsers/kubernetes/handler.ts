import type { FileKindHandler } from '../types.js';
import { looksLikeManifest, parseManifest } from './parse-manifest.js';

/**
 * Kubernetes manifests: any .yaml/.yml/.json file whose content has a top-level `apiVersion`
 * and `kind` (multi-document streams, JSON and `kind: List` included). Helm chart templates are
 * skipped quietly; render them first to scan them.
 */
export const kubernetesHandler: FileKindHandler = {
  kind: 'kubernetes',
  label: 'Kubernetes manifest',
  comments: ['#'],
  byContent: (text, base) => looksLikeManifest(text, base),
  parse(file, io) {
    const { document, diagnostics } = parseManifest(file, io);
    return { documents: document ? [document] : [], diagnostics };
  },
};
