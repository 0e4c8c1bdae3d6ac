import type { AnyRule } from '../../core/rule.js';
import runAsRoot from './run-as-root.js';

export const rules: readonly AnyRule[] = [runAsRoot];
