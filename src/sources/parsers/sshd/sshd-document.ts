import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';

export interface SshdArg {
  /** Value with quotes removed. */
  readonly value: string;
  readonly raw: string;
  readonly range: Range;
}

/** One `Keyword value...` line. Ranges are in the coordinates of `file`. */
export interface SshdDirective {
  /** Keyword as written (`PermitRootLogin`). */
  readonly keyword: string;
  /** Lower-case keyword, for lookups (sshd keywords are case-insensitive). */
  readonly key: string;
  readonly args: readonly SshdArg[];
  /** Argument values joined by single spaces. */
  readonly value: string;
  /** Keyword start to the end of the last argument (comments excluded). */
  readonly range: Range;
  readonly keywordRange: Range;
  /** First to last argument; an empty range after the keyword when there are none. */
  readonly valueRange: Range;
  readonly file: string;
  /** The Match block the line belongs to, or null in the global section. */
  readonly match: SshdMatch | null;
  /** The `Include` line that brought this line in, when it came from another file. */
  readonly includedBy?: SshdDirective;
}

export interface SshdMatchCriterion {
  /** Lower-case criterion: user, group, host, localaddress, localport, address, rdomain, all... */
  readonly name: string;
  readonly value: string;
}

/** A `Match` line and the lines that follow it up to the next Match (or the end of its file). */
export interface SshdMatch {
  readonly directive: SshdDirective;
  readonly criteria: readonly SshdMatchCriterion[];
  /** The criteria as written, e.g. `User backup Address 10.0.0.0/8`. */
  readonly label: string;
  readonly directives: readonly SshdDirective[];
}

export interface SshdSource {
  readonly path: string;
  readonly absPath: string;
  readonly text: string;
  readonly lines: LineIndex;
}

export interface SshdDocument extends BaseDocument {
  readonly kind: 'sshd';
  readonly lines: LineIndex;
  /** Every line in the order sshd reads it, includes expanded (Match and Include lines excluded). */
  readonly directives: readonly SshdDirective[];
  /** Lines outside any Match block, in reading order: the first occurrence of a keyword wins. */
  readonly global: readonly SshdDirective[];
  readonly matches: readonly SshdMatch[];
  /** The first `Match` line of the scanned file itself: new global lines must go before it. */
  readonly firstMatch: SshdDirective | null;
  readonly sources: readonly SshdSource[];
  readonly includes: readonly { readonly directive: SshdDirective; readonly files: readonly string[] }[];
  /** True when an Include could not be followed, so a keyword that looks unset may be set there. */
  readonly incomplete: boolean;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    sshd: SshdDocument;
  }
}
