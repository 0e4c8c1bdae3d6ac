import type { LineIndex } from '../core/range.js';

export interface InlineSuppression {
  readonly ruleId: string;
  readonly reason: string;
  /** 1-based line the comment is on; it covers this line and the next. */
  readonly line: number;
}

export interface SuppressionProblem {
  readonly line: number;
  readonly message: string;
}

const MARKER = 'plumb:ignore';
const DIRECTIVE =
  /plumb:ignore\s+([A-Za-z0-9*_-]+\/[A-Za-z0-9*_-]+|\*)(?:\s+--\s*(.*?))?\s*(?:-->|\*\/)?\s*$/;

/**
 * Finds `plumb:ignore RULE_ID -- reason` directives inside comments. A directive without a
 * reason is a problem (reported, not honoured): suppressions must say why.
 */
export function findInlineSuppressions(
  text: string,
  lines: LineIndex,
  commentMarkers: readonly string[],
): { suppressions: InlineSuppression[]; problems: SuppressionProblem[] } {
  const suppressions: InlineSuppression[] = [];
  const problems: SuppressionProblem[] = [];
  let from = text.indexOf(MARKER);
  while (from !== -1) {
    const pos = lines.position(from);
    const lineText = lines.lineText(pos.line);
    const before = lineText.slice(0, pos.column - 1);
    const inComment =
      commentMarkers.some((m) => before.includes(m)) || /(?:#|\/\/|\/\*|<!--|;|--)\s*$/.test(before);
    if (inComment) {
      const m = DIRECTIVE.exec(lineText.slice(pos.column - 1));
      if (!m) {
        problems.push({
          line: pos.line,
          message: 'malformed suppression: expected `plumb:ignore RULE_ID -- reason`',
        });
      } else if (!m[2]?.trim()) {
        problems.push({
          line: pos.line,
          message: `suppression of ${m[1]} has no reason: add \` -- <why this is acceptable>\``,
        });
      } else {
        suppressions.push({ ruleId: m[1]!, reason: m[2].trim(), line: pos.line });
      }
    }
    from = text.indexOf(MARKER, from + MARKER.length);
  }
  return { suppressions, problems };
}

export function suppressionFor(
  suppressions: readonly InlineSuppression[],
  ruleId: string,
  line: number,
): InlineSuppression | undefined {
  return suppressions.find(
    (s) => (s.ruleId === ruleId || s.ruleId === '*') && (s.line === line || s.line === line - 1),
  );
}
