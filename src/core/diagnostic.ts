import type { Range } from './range.js';

/** Why a file or endpoint could not be (fully) scanned. Reported, never thrown past the engine. */
export type DiagnosticCode =
  | 'parse-error'
  | 'too-large'
  | 'binary'
  | 'unreadable'
  | 'invalid-encoding'
  | 'symlink-loop'
  | 'alias-limit'
  | 'rule-error'
  | 'suppression-invalid'
  | 'unresolved'
  | 'config-error'
  | 'timeout'
  | 'protocol-error'
  | 'connection-error';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly level: 'error' | 'warning' | 'note';
  /** File path (relative to the working directory) or endpoint URL. */
  readonly target: string;
  readonly message: string;
  readonly range?: Range;
}
