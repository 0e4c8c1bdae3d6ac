import type { Range } from '../../../core/range.js';

/** Live documents have no text: findings point at the endpoint itself (line 1, column 1). */
export const ENDPOINT: Range = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};
