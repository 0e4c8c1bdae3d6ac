import { type FileKindHandler, parseError } from '../types.js';
import { dockerfileDiagnostics, parseDockerfile } from './parse-dockerfile.js';

export const dockerfileHandler: FileKindHandler = {
  kind: 'dockerfile',
  label: 'Dockerfile',
  comments: ['#'],
  byName: (_path, base) =>
    /^(?:Dockerfile|Containerfile)(?:\..+)?$/i.test(base) || /\.(?:dockerfile|containerfile)$/i.test(base),
  parse(file) {
    try {
      const doc = parseDockerfile(file);
      return { documents: [doc], diagnostics: dockerfileDiagnostics(file, doc) };
    } catch (e) {
      // The AST library is third-party code: whatever it throws becomes a diagnostic.
      return {
        documents: [],
        diagnostics: [parseError(file, `Dockerfile could not be parsed: ${(e as Error).message}`)],
      };
    }
  },
};
