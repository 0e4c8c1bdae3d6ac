import type { AnyRule } from '../../core/rule.js';

export const rules: readonly AnyRule[] = [];
