import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex } from '../../../core/range.js';

/**
 * Any readable text file, as the secrets detectors see it: the raw text and a line index, nothing
 * more. Parsing must stay this cheap because the engine runs the `text` kind on every text file
 * in addition to its detected kind.
 */
export interface TextDocument extends BaseDocument {
  readonly kind: 'text';
  readonly lines: LineIndex;
  /** Base name of the file, e.g. `settings.py` or `.env.production`. */
  readonly base: string;
  /** Lower-case extension without the dot (`py`, `yml`); empty when there is none. */
  readonly extension: string;
  /** Line-comment markers guessed from the extension (empty when unknown). */
  readonly comments: readonly string[];
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    text: TextDocument;
  }
}
