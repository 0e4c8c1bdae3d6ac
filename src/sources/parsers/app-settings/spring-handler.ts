import type { FileKindHandler } from '../types.js';
import { parseSpring } from './parse-spring.js';

const SPRING_CONFIG = /^(?:application|bootstrap)(?:-[\w.-]+)?\.(?:properties|ya?ml)$/i;

/** Spring Boot configuration: `application[-profile].properties|yml|yaml` (and `bootstrap*`). */
export const springHandler: FileKindHandler = {
  kind: 'spring',
  label: 'Spring Boot application properties/YAML',
  comments: ['#', '!'],
  byName: (_path, base) => SPRING_CONFIG.test(base),
  parse(file) {
    const { document, diagnostics } = parseSpring(file);
    return { documents: [document], diagnostics };
  },
};
