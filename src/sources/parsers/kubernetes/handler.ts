import type { FileKindHandler } from '../types.js';

/** Placeholder until the Kubernetes manifest parser lands: recognises nothing. */
export const kubernetesHandler: FileKindHandler = {
  kind: 'kubernetes',
  label: 'Kubernetes manifest',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
