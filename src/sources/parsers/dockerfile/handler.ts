import type { FileKindHandler } from '../types.js';
import { parseDockerfile } from './parse-dockerfile.js';

export const dockerfileHandler: FileKindHandler = {
  kind: 'dockerfile',
  label: 'Dockerfile',
  comments: ['#'],
  byName: (_path, base) =>
    /^(?:Dockerfile|Containerfile)(?:\..+)?$/i.test(base) || /\.(?:dockerfile|containerfile)$/i.test(base),
  parse(file) {
    return { documents: [parseDockerfile(file)], diagnostics: [] };
  },
};
