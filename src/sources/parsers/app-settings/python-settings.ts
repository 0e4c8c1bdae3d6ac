import type { LineIndex } from '../../../core/range.js';
import type { PyValue } from './django-document.js';

/** A logical Python statement: [start, end) without its trailing comment, and its indentation. */
export interface PyStatement {
  readonly start: number;
  readonly end: number;
  readonly indent: number;
}

export interface PyScanError {
  readonly message: string;
  readonly offset: number;
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/**
 * Splits Python source into logical statements with a single linear pass: strings (including
 * triple-quoted ones), comments, bracket nesting, backslash continuations and `;` are honoured.
 * Malformed input (unterminated strings or brackets) yields errors and best-effort statements.
 */
export function scanStatements(text: string): { statements: PyStatement[]; errors: PyScanError[] } {
  const statements: PyStatement[] = [];
  const errors: PyScanError[] = [];
  let depth = 0;
  let start = -1;
  let lastCode = -1;
  let lineStart = 0;
  let indent = 0;
  const close = () => {
    if (start >= 0 && lastCode >= start) statements.push({ start, end: lastCode + 1, indent });
    start = -1;
    lastCode = -1;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\n') {
      if (depth === 0 && text[lastCode] !== '\\') close();
      i++;
      lineStart = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    if (start < 0) {
      start = i;
      indent = i - lineStart;
    }
    if (c === '"' || c === "'") {
      const end = skipString(text, i);
      if (end.error) errors.push({ message: end.error, offset: i });
      lastCode = end.end - 1;
      i = end.end;
      continue;
    }
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) {
      if (depth === 0) errors.push({ message: `unbalanced '${c}'`, offset: i });
      else depth--;
    } else if (c === ';' && depth === 0) {
      close();
      i++;
      continue;
    }
    lastCode = i;
    i++;
  }
  if (depth > 0) errors.push({ message: 'unclosed bracket at end of file', offset: text.length });
  close();
  return { statements, errors };
}

/** End offset (exclusive) of the string literal starting at `at` (a quote character). */
export function skipString(text: string, at: number): { end: number; error?: string } {
  const q = text[at] as string;
  const triple = text.startsWith(q.repeat(3), at);
  const delim = triple ? q.repeat(3) : q;
  let i = at + delim.length;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (!triple && c === '\n') return { end: i, error: 'unterminated string' };
    if (text.startsWith(delim, i)) return { end: i + delim.length };
    i++;
  }
  return { end: text.length, error: triple ? 'unterminated triple-quoted string' : 'unterminated string' };
}

const STRING_PREFIX = /^(?:[rRbBuUfF]{1,2})(?=["'])/;
const NUMBER =
  /^[-+]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)(?![\w.])/;
const KEYWORD = /^(True|False|None)(?![\w.([])/;
const MAX_DEPTH = 64;

/**
 * Parses the Python expression in text[start, end) into a PyValue. Literals (strings, numbers,
 * booleans, None, lists, tuples, sets, dicts) are typed; anything else (names, calls, operators)
 * becomes `expr` with its source text, so rules never guess at code they cannot evaluate.
 */
export function parseValue(text: string, start: number, end: number, lines: LineIndex): PyValue {
  const p = new ValueParser(text, end, lines);
  p.pos = start;
  const value = p.expression(0);
  p.skipSpace();
  if (p.pos < end) return { type: 'expr', text: text.slice(start, end), range: lines.range(start, end) };
  return value;
}

class ValueParser {
  pos = 0;

  constructor(
    readonly text: string,
    readonly end: number,
    readonly lines: LineIndex,
  ) {}

  skipSpace(): void {
    while (this.pos < this.end) {
      const c = this.text[this.pos];
      if (c === '#') {
        const nl = this.text.indexOf('\n', this.pos);
        this.pos = nl < 0 || nl > this.end ? this.end : nl;
      } else if (c === '\\' && this.text[this.pos + 1] === '\n') this.pos += 2;
      else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else break;
    }
  }

  /** An expression up to the next `,` `:` or closing bracket at this level. */
  expression(depth: number): PyValue {
    this.skipSpace();
    const start = this.pos;
    const atom = depth > MAX_DEPTH ? null : this.atom(depth);
    this.skipSpace();
    if (atom && this.atTerminator()) return atom;
    // Not a plain literal: consume the rest of the expression as source text.
    this.pos = start;
    this.skipExpression();
    let stop = this.pos;
    while (stop > start && /\s/.test(this.text[stop - 1] ?? '')) stop--;
    return { type: 'expr', text: this.text.slice(start, stop), range: this.lines.range(start, stop) };
  }

  atTerminator(): boolean {
    if (this.pos >= this.end) return true;
    const c = this.text[this.pos] as string;
    return c === ',' || c === ':' || CLOSE.has(c);
  }

  skipExpression(): void {
    let depth = 0;
    while (this.pos < this.end) {
      const c = this.text[this.pos] as string;
      if (c === '"' || c === "'") {
        this.pos = Math.min(this.end, skipString(this.text, this.pos).end);
        continue;
      }
      if (c === '#') {
        this.skipSpace();
        continue;
      }
      if (OPEN.has(c)) depth++;
      else if (CLOSE.has(c)) {
        if (depth === 0) return;
        depth--;
      } else if ((c === ',' || c === ':') && depth === 0) return;
      this.pos++;
    }
  }

  atom(depth: number): PyValue | null {
    const rest = this.text.slice(this.pos, Math.min(this.end, this.pos + 64));
    const c = rest[0];
    if (c === undefined) return null;
    if (c === '"' || c === "'" || STRING_PREFIX.test(rest)) return this.strings();
    const num = NUMBER.exec(rest);
    if (num) {
      const start = this.pos;
      this.pos += num[0].length;
      const value = Number(num[0].replace(/_/g, ''));
      return { type: 'number', value, range: this.lines.range(start, this.pos) };
    }
    const kw = KEYWORD.exec(rest);
    if (kw) {
      const start = this.pos;
      this.pos += kw[0].length;
      const range = this.lines.range(start, this.pos);
      return kw[0] === 'None' ? { type: 'none', range } : { type: 'bool', value: kw[0] === 'True', range };
    }
    if (c === '[' || c === '(' || c === '{') return this.collection(c, depth);
    return null;
  }

  /** One or more adjacent string literals (implicit concatenation). */
  strings(): PyValue | null {
    const start = this.pos;
    let value = '';
    let interpolated = false;
    let end = start;
    for (;;) {
      const prefix = STRING_PREFIX.exec(this.text.slice(this.pos, this.pos + 3))?.[0] ?? '';
      const q = this.text[this.pos + prefix.length];
      if (q !== '"' && q !== "'") break;
      const at = this.pos + prefix.length;
      const s = skipString(this.text, at);
      if (s.error || s.end > this.end) return null;
      const triple = this.text.startsWith(q.repeat(3), at);
      const inner = this.text.slice(at + (triple ? 3 : 1), s.end - (triple ? 3 : 1));
      if (/f/i.test(prefix)) interpolated = true;
      value += /r/i.test(prefix) ? inner : unescapePython(inner);
      end = s.end;
      this.pos = s.end;
      const save = this.pos;
      this.skipSpace();
      const next = this.text.slice(this.pos, this.pos + 3);
      if (!(next.startsWith('"') || next.startsWith("'") || STRING_PREFIX.test(next))) {
        this.pos = save;
        break;
      }
    }
    if (end === start) return null;
    return { type: 'string', value, interpolated, range: this.lines.range(start, end) };
  }

  collection(open: string, depth: number): PyValue | null {
    const start = this.pos;
    const closeChar = open === '[' ? ']' : open === '(' ? ')' : '}';
    this.pos++;
    const items: PyValue[] = [];
    const entries: { key: PyValue; value: PyValue }[] = [];
    let sawComma = false;
    let isDict = false;
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.end) return null;
      if (this.text[this.pos] === closeChar) {
        this.pos++;
        break;
      }
      const item = this.expression(depth + 1);
      this.skipSpace();
      if (open === '{' && this.text[this.pos] === ':') {
        isDict = true;
        this.pos++;
        entries.push({ key: item, value: this.expression(depth + 1) });
        this.skipSpace();
      } else {
        items.push(item);
      }
      const c = this.text[this.pos];
      if (c === ',') {
        sawComma = true;
        this.pos++;
      } else if (c !== closeChar) return null;
    }
    const range = this.lines.range(start, this.pos);
    if (open === '[') return { type: 'list', items, range };
    if (open === '(') {
      if (items.length === 1 && !sawComma) return items[0] ?? null;
      return { type: 'tuple', items, range };
    }
    if (isDict || items.length === 0) return { type: 'dict', entries, range };
    return { type: 'set', items, range };
  }
}

function unescapePython(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_m, e: string) => {
    if (e.length > 1) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0', '\n': '' } as Record<string, string>)[e] ?? e;
  });
}
