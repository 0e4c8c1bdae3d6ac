import { hash } from 'node:crypto';
import type { TextEdit } from './edit.js';
import type { Range } from './range.js';
import type { Severity } from './severity.js';

export interface Location {
  /** File path relative to the working directory, forward slashes; or an endpoint URL. */
  readonly path: string;
  readonly range?: Range;
}

/** A fix attached to a finding, already materialised as data (it crosses worker threads). */
export interface FindingFix {
  readonly description: string;
  /** False for suggestions that still need a human decision (see `question`). */
  readonly automatic: boolean;
  readonly edits: readonly TextEdit[];
  /** For suggestions: what the user must decide, and the option that carries the answer. */
  readonly question?: string;
  readonly option?: string;
}

export interface Suppression {
  readonly source: 'inline' | 'config' | 'baseline';
  readonly reason: string;
  readonly expires?: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly documentKind: string;
  readonly location: Location;
  /** The scanned file whose document produced the finding (an nginx main file for an included one). */
  readonly origin?: string;
  /** Extra places that explain the finding (e.g. the module call for a finding inside a module). */
  readonly related?: readonly Location[];
  /** Stable, line-independent address of the offending thing, e.g. `Deployment/prod/web/containers[app]`. */
  readonly logicalPath: string;
  readonly fingerprint: string;
  readonly evidence?: string;
  readonly fix?: FindingFix;
  readonly suppression?: Suppression;
}

/**
 * Identity of a finding across scans: rule, asset and logical path — never line numbers, so a
 * finding keeps its identity when lines move. `occurrence` separates true duplicates.
 */
export function fingerprint(ruleId: string, asset: string, logicalPath: string, occurrence = 0): string {
  return hash('sha256', `${ruleId}\u0000${asset}\u0000${logicalPath}\u0000${occurrence}`).slice(0, 32);
}
