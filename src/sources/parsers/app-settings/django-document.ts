import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';

/** A Python value as far as settings need it: literals are typed, anything else is `expr`. */
export type PyValue =
  | { readonly type: 'string'; readonly value: string; readonly range: Range; readonly interpolated: boolean }
  | { readonly type: 'number'; readonly value: number; readonly range: Range }
  | { readonly type: 'bool'; readonly value: boolean; readonly range: Range }
  | { readonly type: 'none'; readonly range: Range }
  | { readonly type: 'list' | 'tuple' | 'set'; readonly items: readonly PyValue[]; readonly range: Range }
  | {
      readonly type: 'dict';
      readonly entries: readonly { readonly key: PyValue; readonly value: PyValue }[];
      readonly range: Range;
    }
  | { readonly type: 'expr'; readonly text: string; readonly range: Range };

/** One assignment statement `NAME = value` (or `NAME += value`, `NAME: T = value`). */
export interface DjangoSetting {
  readonly name: string;
  readonly op: '=' | '+=';
  readonly nameRange: Range;
  readonly value: PyValue;
  /** The whole statement, from the name to the end of the value. */
  readonly range: Range;
  /** True when indented (inside `if`, `try`, a function...): it may or may not run. */
  readonly conditional: boolean;
}

export interface DjangoDocument extends BaseDocument {
  readonly kind: 'django';
  readonly lines: LineIndex;
  /** Every assignment, top-level and nested, in file order. */
  readonly settings: readonly DjangoSetting[];
  /** `from .base import *` or similar: settings missing here may come from another module. */
  readonly inherits: boolean;
  /** A development or test settings module, judged by its file name (`dev.py`, `local_settings.py`). */
  readonly development: boolean;
  /** The file already imports `os` at top level. */
  readonly importsOs: boolean;
  /** Offset where a new top-level import line can go (after the docstring and `__future__` imports). */
  readonly importOffset: number;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    django: DjangoDocument;
  }
}

/** The setting's effective top-level assignment: the last unconditional one. */
export function topLevelSetting(doc: DjangoDocument, name: string): DjangoSetting | undefined {
  let found: DjangoSetting | undefined;
  for (const s of doc.settings) if (s.name === name && !s.conditional && s.op === '=') found = s;
  return found;
}

/** Whether any statement (even a conditional one) assigns the setting. */
export function assignsSetting(doc: DjangoDocument, name: string): boolean {
  return doc.settings.some((s) => s.name === name);
}
