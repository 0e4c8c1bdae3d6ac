/** A point in a text: 1-based line and column (in UTF-16 code units), 0-based offset. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A half-open span [start, end) of a text. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/**
 * Maps offsets to line/column and back. Lookups are binary searches, so parsers that only know
 * offsets (or only lines) can produce full ranges cheaply. The line table is built on first use:
 * most scanned files (sources passed through the secrets detectors) never need one.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  private get lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (this.lineStarts[lo] as number) + 1, offset: clamped };
  }

  /** Offset of a 1-based line and column; out-of-range values are clamped. */
  offsetAt(line: number, column = 1): number {
    const idx = Math.max(0, Math.min(line - 1, this.lineStarts.length - 1));
    const start = this.lineStarts[idx] as number;
    const end = this.lineEnd(idx + 1);
    return Math.min(start + Math.max(0, column - 1), end);
  }

  /** Offset just before the line break of a 1-based line. */
  lineEnd(line: number): number {
    const idx = Math.max(0, Math.min(line - 1, this.lineStarts.length - 1));
    const next = this.lineStarts[idx + 1];
    if (next === undefined) return this.text.length;
    const beforeBreak = next - 1;
    return this.text.charCodeAt(beforeBreak - 1) === 13 ? beforeBreak - 1 : beforeBreak;
  }

  lineStart(line: number): number {
    const idx = Math.max(0, Math.min(line - 1, this.lineStarts.length - 1));
    return this.lineStarts[idx] as number;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.position(startOffset), end: this.position(endOffset) };
  }

  /** The whole of a 1-based line, without its line break. */
  lineRange(line: number): Range {
    return this.range(this.lineStart(line), this.lineEnd(line));
  }
}
