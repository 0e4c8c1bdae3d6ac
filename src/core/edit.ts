import type { Range } from './range.js';

/** A minimal text edit on the original source: replace [start, end) with `text`. */
export interface TextEdit {
  /** File the edit applies to (relative path, as in the finding's location). */
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Anything that marks a span: a Range or a raw [start, end) pair of offsets. */
export type Span = Range | readonly [number, number];

function bounds(span: Span): [number, number] {
  if (Array.isArray(span)) return [span[0] as number, span[1] as number];
  const r = span as Range;
  return [r.start.offset, r.end.offset];
}

/**
 * Builds edits against one document's text. Helpers that need layout (indentation, line
 * endings) read the text; none of them re-serialise anything, so comments and order survive.
 */
export class EditBuilder {
  private lineBreak: string | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  /** The file's line break, looked up only by edits that add lines. */
  get eol(): string {
    this.lineBreak ??= this.text.includes('\r\n') ? '\r\n' : '\n';
    return this.lineBreak;
  }

  replace(span: Span, text: string): TextEdit {
    const [start, end] = bounds(span);
    return { file: this.file, start, end, text };
  }

  insertAt(offset: number, text: string): TextEdit {
    return { file: this.file, start: offset, end: offset, text };
  }

  insertBefore(span: Span, text: string): TextEdit {
    return this.insertAt(bounds(span)[0], text);
  }

  insertAfter(span: Span, text: string): TextEdit {
    return this.insertAt(bounds(span)[1], text);
  }

  remove(span: Span): TextEdit {
    const [start, end] = bounds(span);
    return { file: this.file, start, end, text: '' };
  }

  /** Offset of the start of the line containing `offset`. */
  lineStartOf(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Offset just past the line break of the line containing `offset` (or end of text). */
  nextLineStartOf(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /** Leading whitespace of the line containing `offset`. */
  indentOf(offset: number): string {
    const start = this.lineStartOf(offset);
    return /^[ \t]*/.exec(this.text.slice(start, start + 200))?.[0] ?? '';
  }

  /** Removes the whole line(s) covering the span, line break included. */
  removeLines(span: Span): TextEdit {
    const [start, end] = bounds(span);
    return this.remove([this.lineStartOf(start), this.nextLineStartOf(Math.max(start, end - 1))]);
  }

  /** Inserts `lines` as new lines after the line containing the end of `span`. */
  insertLinesAfter(span: Span, lines: string[]): TextEdit {
    const at = this.nextLineStartOf(bounds(span)[1]);
    const needsBreak = at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n');
    const body = lines.map((l) => l + this.eol).join('');
    return this.insertAt(at, (needsBreak ? this.eol : '') + body);
  }

  /** Inserts `lines` as new lines before the line containing the start of `span`. */
  insertLinesBefore(span: Span, lines: string[]): TextEdit {
    const at = this.lineStartOf(bounds(span)[0]);
    return this.insertAt(at, lines.map((l) => l + this.eol).join(''));
  }

  /** Appends lines at the end of the file, adding a missing final line break first. */
  appendLines(lines: string[]): TextEdit {
    const needsBreak = this.text.length > 0 && !this.text.endsWith('\n');
    return this.insertAt(
      this.text.length,
      (needsBreak ? this.eol : '') + lines.map((l) => l + this.eol).join(''),
    );
  }
}

/** Applies non-overlapping edits to a text (edits are sorted here; overlap throws). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/**
 * Applies as many edits as fit without overlapping, left to right (ESLint's pass strategy):
 * an edit that overlaps or touches one already taken is deferred to the next pass.
 */
export function applyNonOverlapping(
  text: string,
  edits: readonly (readonly TextEdit[])[],
): { text: string; applied: number[]; deferred: number[] } {
  const order = edits
    .map((group, index) => ({ group, index, start: Math.min(...group.map((e) => e.start)) }))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const taken: TextEdit[] = [];
  const applied: number[] = [];
  const deferred: number[] = [];
  for (const { group, index } of order) {
    const clash = group.some((e) => taken.some((t) => e.start <= t.end && t.start <= e.end));
    const selfClash = group.some((a, i) => group.some((b, j) => i < j && a.start < b.end && b.start < a.end));
    if (clash || selfClash) {
      deferred.push(index);
      continue;
    }
    taken.push(...group);
    applied.push(index);
  }
  return { text: applyEdits(text, taken), applied, deferred };
}
