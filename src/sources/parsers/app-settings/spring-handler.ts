import type { FileKindHandler } from '../types.js';

/** Placeholder until the Spring Boot application properties/YAML parser lands: recognises nothing. */
export const springHandler: FileKindHandler = {
  kind: 'spring',
  label: 'Spring Boot application properties/YAML',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
