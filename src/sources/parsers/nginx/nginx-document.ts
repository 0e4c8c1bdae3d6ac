import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';

/** One argument of a directive, unquoted and unescaped in `value`, as written in `raw`. */
export interface NginxArg {
  readonly value: string;
  readonly raw: string;
  readonly quoted: boolean;
  /** True when the value uses `$variable` and cannot be judged statically. */
  readonly variable: boolean;
  readonly range: Range;
}

/**
 * A directive: `name arg...;` or a block `name arg... { children }`. Ranges are in the
 * coordinates of `file`, which may be an included file rather than the scanned one.
 */
export interface NginxDirective {
  readonly name: string;
  readonly args: readonly NginxArg[];
  /** From the first character of the name to the `;` or the block's `}` (inclusive). */
  readonly range: Range;
  readonly nameRange: Range;
  /** Present for blocks (`http`, `server`, `location`...): the directives inside, includes expanded. */
  readonly children?: readonly NginxDirective[];
  /** The `{` of a block. */
  readonly open?: Range;
  /** The `}` of a block; null when the file ended before the block was closed. */
  readonly close?: Range | null;
  /** File the directive was read from (relative path, forward slashes). */
  readonly file: string;
  /** The `include` directive that brought this directive in, when it came from another file. */
  readonly includedBy?: NginxDirective;
}

/** A file that contributes directives to the document: the scanned file or an included one. */
export interface NginxSource {
  readonly path: string;
  readonly absPath: string;
  readonly text: string;
  readonly lines: LineIndex;
}

export interface NginxInclude {
  readonly directive: NginxDirective;
  /** Relative paths of the files the pattern resolved to (empty when nothing matched). */
  readonly files: readonly string[];
}

export interface NginxDocument extends BaseDocument {
  readonly kind: 'nginx';
  readonly lines: LineIndex;
  /** Top-level (main context) directives, with `include` replaced by the included directives. */
  readonly directives: readonly NginxDirective[];
  /** The scanned file first, then every included file once. */
  readonly sources: readonly NginxSource[];
  readonly includes: readonly NginxInclude[];
  /**
   * True when the file is a complete configuration (it has an `http`, `events` or `stream`
   * block at the top). Snippets (a `server` block for `conf.d/`) are judged without the
   * `http` context they will be included into.
   */
  readonly isMain: boolean;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    nginx: NginxDocument;
  }
}
