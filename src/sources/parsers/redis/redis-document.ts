import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';
import type { ConfInclude } from '../conf-include.js';

/** One argument of a directive, after Redis' own quoting rules are applied. */
export interface RedisArg {
  /** The value Redis sees (quotes removed, escapes decoded). */
  readonly value: string;
  /** The text as written. */
  readonly raw: string;
  readonly quoted: boolean;
  readonly range: Range;
}

export interface RedisDirective {
  /** Lower-case directive name (`requirepass`, `rename-command`...). */
  readonly name: string;
  readonly nameRange: Range;
  readonly args: readonly RedisArg[];
  /** The directive from its name to its last argument. */
  readonly range: Range;
  /** Offsets of the whole line including its line break, for removing it. */
  readonly lineSpan: readonly [number, number];
  /** File the directive is written in (relative path). */
  readonly file: string;
  /** True when it is in the document's own file. */
  readonly own: boolean;
  /**
   * True when findings about this directive belong to this document: it is in the document's
   * own file, or in an included file that is not scanned on its own.
   */
  readonly reportable: boolean;
}

export interface RedisDocument extends BaseDocument {
  readonly kind: 'redis';
  readonly lines: LineIndex;
  /** Every directive in the order Redis applies them, includes expanded in place. */
  readonly directives: readonly RedisDirective[];
  readonly includes: readonly ConfInclude[];
  /**
   * True when this is a whole server configuration: not a fragment meant to be included and no
   * include left unresolved. Rules that report a *missing* setting only run on complete ones.
   */
  readonly complete: boolean;
  /** A Sentinel configuration (`sentinel monitor ...`): server rules do not apply. */
  readonly sentinel: boolean;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    redis: RedisDocument;
  }
}
