import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';
import type { ConfInclude } from '../conf-include.js';

interface Origin {
  /** File (relative path) the line is in. */
  readonly file: string;
  /** True when it is in the document's own file. */
  readonly own: boolean;
  /**
   * True when findings about it belong to this document: it is in the document's own file, or
   * in an included file that is not scanned on its own.
   */
  readonly reportable: boolean;
}

/** A `[group]` header. */
export interface MyCnfGroup extends Origin {
  /** Lower-case name without brackets (`mysqld`, `client`, `mariadb-10.6`). */
  readonly name: string;
  readonly range: Range;
}

/** One option line: `name`, `name = value`, with MySQL's spelling variations kept apart. */
export interface MyCnfOption extends Origin {
  /** Lower-case group the option is in ('' for an option before any group, an error for MySQL). */
  readonly group: string;
  /** The name as written (`loose-local-infile`). */
  readonly rawName: string;
  /** Canonical name: lower case, `-` as `_`, `loose_` prefix removed (`local_infile`). */
  readonly name: string;
  /** Written with the `loose-` prefix (unknown options are then ignored with a warning). */
  readonly loose: boolean;
  readonly nameRange: Range;
  /** Decoded value (quotes removed, escapes applied); null for a bare option (`skip-networking`). */
  readonly value: string | null;
  /** The value as written, quotes included; null for a bare option. */
  readonly rawValue: string | null;
  readonly quoted: boolean;
  /** Where the value is (empty range right after `=` for `name =`); absent for a bare option. */
  readonly valueRange?: Range;
  /** From the name to the end of the value (trailing comment excluded). */
  readonly range: Range;
  /** Offsets of the whole line including its line break, for removing it. */
  readonly lineSpan: readonly [number, number];
}

export interface MyCnfDocument extends BaseDocument {
  readonly kind: 'mysql';
  readonly lines: LineIndex;
  /** Every option in reading order, includes expanded in place (later ones win). */
  readonly options: readonly MyCnfOption[];
  readonly groups: readonly MyCnfGroup[];
  readonly includes: readonly ConfInclude[];
  /** A conf.d piece of a configuration rather than the top-level my.cnf. */
  readonly fragment: boolean;
  /** Top-level file with every include found: only then may rules judge *missing* options. */
  readonly complete: boolean;
  /** A per-user option file (`~/.my.cnf`), meant to hold that user's client credentials. */
  readonly userFile: boolean;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    mysql: MyCnfDocument;
  }
}
