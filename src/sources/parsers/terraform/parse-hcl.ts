import type {
  Expr,
  HclAttribute,
  HclBlock,
  HclBody,
  HclSyntaxError,
  ObjectItem,
  Step,
  TemplatePart,
} from './hcl-ast.js';

/**
 * A hand-written recursive-descent parser for HCL2 native syntax (the Terraform language).
 *
 * Why not tree-sitter: web-tree-sitter with the HCL grammar parses about 1 MB/s here (0.4 ms for
 * a 340-byte file), far too slow for scans of thousands of `.tf` files. This parser is
 * scannerless (templates and heredocs need context anyway), works on char codes, never throws,
 * and records syntax errors while keeping everything that parsed. Its tests compare the tree
 * with the tree-sitter HCL grammar on a corpus so the two agree on structure and offsets.
 */

const MAX_DEPTH = 200;

const C_NL = 10;
const C_CR = 13;
const C_SP = 32;
const C_TAB = 9;
const C_HASH = 35;
const C_SLASH = 47;
const C_STAR = 42;
const C_QUOTE = 34;
const C_LBRACE = 123;
const C_RBRACE = 125;
const C_LBRACK = 91;
const C_RBRACK = 93;
const C_LPAREN = 40;
const C_RPAREN = 41;
const C_COMMA = 44;
const C_EQ = 61;
const C_DOT = 46;
const C_COLON = 58;
const C_DOLLAR = 36;
const C_PERCENT = 37;
const C_TILDE = 126;
const C_BACKSLASH = 92;

function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

function isIdPart(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57) || c === 45;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

class SyntaxFailure extends Error {}

export interface ParsedHcl {
  readonly body: HclBody;
  readonly errors: HclSyntaxError[];
}

export function parseHcl(text: string): ParsedHcl {
  const p = new HclParser(text);
  const body = p.parseFileBody();
  return { body, errors: p.errors };
}

/** Parses a standalone expression (used for `.tfvars` values and tests). */
export function parseHclExpression(text: string): { expr: Expr; errors: HclSyntaxError[] } {
  const p = new HclParser(text);
  const expr = p.parseStandaloneExpression();
  return { expr, errors: p.errors };
}

/**
 * Parses template text that is not quoted (a JSON-syntax string value): `${...}` and `%{...}`
 * sequences, no backslash escapes. Offsets are shifted by `base` so they point into the file.
 */
export function parseTemplateText(text: string, base: number): { expr: Expr; errors: HclSyntaxError[] } {
  const p = new HclParser(text);
  try {
    const parts = p.parseRawTemplate();
    const expr = finishTemplate(parts, 0, text.length, false);
    return { expr: shift(expr, base), errors: p.errors.map((e) => ({ ...e, offset: e.offset + base })) };
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    return { expr: { k: 'bad', s: base, e: base + text.length }, errors: p.errors };
  }
}

/** Shifts the offsets of a template expression parsed out of context (only the outer span matters). */
function shift(x: Expr, base: number): Expr {
  return { ...x, s: x.s + base, e: x.e + base };
}

class HclParser {
  pos = 0;
  readonly errors: HclSyntaxError[] = [];
  private depth = 0;
  private readonly len: number;

  constructor(readonly text: string) {
    this.len = text.length;
  }

  private c(at = this.pos): number {
    return at < this.len ? this.text.charCodeAt(at) : -1;
  }

  private error(message: string, offset = this.pos): void {
    if (this.errors.length < 50) this.errors.push({ message, offset });
  }

  private fail(message: string, offset = this.pos): never {
    this.error(message, offset);
    throw new SyntaxFailure(message);
  }

  /** Skips blanks and comments; newlines too when `newlines`. Returns whether a newline was seen. */
  private skip(newlines: boolean): boolean {
    let sawNewline = false;
    const t = this.text;
    while (this.pos < this.len) {
      const c = t.charCodeAt(this.pos);
      if (c === C_SP || c === C_TAB || c === C_CR) {
        this.pos++;
      } else if (c === C_NL) {
        if (!newlines) return sawNewline;
        sawNewline = true;
        this.pos++;
      } else if (c === C_HASH || (c === C_SLASH && t.charCodeAt(this.pos + 1) === C_SLASH)) {
        const nl = t.indexOf('\n', this.pos);
        this.pos = nl === -1 ? this.len : nl;
      } else if (c === C_SLASH && t.charCodeAt(this.pos + 1) === C_STAR) {
        const end = t.indexOf('*/', this.pos + 2);
        if (end === -1) {
          this.error('unterminated /* comment');
          this.pos = this.len;
        } else {
          if (t.lastIndexOf('\n', end) > this.pos) sawNewline = true;
          this.pos = end + 2;
        }
      } else {
        break;
      }
    }
    return sawNewline;
  }

  private readIdent(): string | null {
    const start = this.pos;
    if (!isIdStart(this.c())) return null;
    this.pos++;
    while (this.pos < this.len && isIdPart(this.text.charCodeAt(this.pos))) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private skipToLineEnd(): void {
    const nl = this.text.indexOf('\n', this.pos);
    this.pos = nl === -1 ? this.len : nl;
  }

  parseFileBody(): HclBody {
    const body = this.parseBody(0, false);
    return body;
  }

  parseRawTemplate(): TemplatePart[] {
    return this.parseTemplateParts(-1, null);
  }

  parseStandaloneExpression(): Expr {
    try {
      this.skip(true);
      const x = this.parseExpr(true);
      this.skip(true);
      if (this.pos < this.len) this.error('unexpected text after expression');
      return x;
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      return { k: 'bad', s: 0, e: this.len };
    }
  }

  private parseBody(s: number, nested: boolean): HclBody {
    const attributes: HclAttribute[] = [];
    const blocks: HclBlock[] = [];
    for (;;) {
      this.skip(true);
      if (this.pos >= this.len) {
        if (nested) this.error('unterminated block: missing "}"');
        return { attributes, blocks, s, e: this.len };
      }
      const c = this.c();
      if (c === C_RBRACE) {
        if (nested) return { attributes, blocks, s, e: this.pos };
        this.error('unexpected "}"');
        this.pos++;
        continue;
      }
      const start = this.pos;
      const name = this.readIdent();
      if (name === null) {
        this.error(
          `unexpected character ${JSON.stringify(this.text[this.pos])}; expected an attribute or block`,
        );
        this.skipToLineEnd();
        continue;
      }
      this.skip(false);
      const after = this.c();
      if (after === C_EQ && this.c(this.pos + 1) !== C_EQ) {
        this.pos++;
        attributes.push(this.parseAttribute(name, start));
        continue;
      }
      const block = this.parseBlock(name, start);
      if (block) blocks.push(block);
    }
  }

  private parseAttribute(name: string, start: number): HclAttribute {
    this.skip(false);
    let expr: Expr;
    try {
      expr = this.parseExpr(false);
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      this.skipToLineEnd();
      expr = { k: 'bad', s: start, e: this.pos };
      return { name, s: start, e: this.pos, expr };
    }
    const end = expr.e;
    this.skip(false);
    const c = this.c();
    if (c !== C_NL && c !== -1 && c !== C_RBRACE) {
      this.error(`unexpected text after the value of "${name}"`);
      this.skipToLineEnd();
    }
    return { name, s: start, e: end, expr };
  }

  private parseBlock(type: string, start: number): HclBlock | null {
    const labels: string[] = [];
    for (;;) {
      this.skip(false);
      const c = this.c();
      if (c === C_LBRACE) break;
      if (c === C_QUOTE) {
        try {
          const x = this.parseQuoted();
          labels.push(
            x.k === 'lit' && typeof x.value === 'string' ? x.value : this.text.slice(x.s + 1, x.e - 1),
          );
        } catch (e) {
          if (!(e instanceof SyntaxFailure)) throw e;
          this.skipToLineEnd();
          return null;
        }
        continue;
      }
      const id = this.readIdent();
      if (id !== null) {
        labels.push(id);
        continue;
      }
      this.error(`expected "=" or "{" after "${type}"`);
      this.skipToLineEnd();
      return null;
    }
    const open = this.pos;
    this.pos++;
    if (++this.depth > MAX_DEPTH) {
      this.error('blocks nested too deeply');
      this.pos = this.len;
      this.depth--;
      return null;
    }
    const body = this.parseBody(this.pos, true);
    this.depth--;
    let end = this.pos;
    if (this.c() === C_RBRACE) {
      this.pos++;
      end = this.pos;
    }
    return { type, labels, s: start, e: end, open, body };
  }

  // ---- expressions -------------------------------------------------------------------------

  /** `nl`: whether newlines are insignificant here (inside brackets). */
  parseExpr(nl: boolean): Expr {
    if (++this.depth > MAX_DEPTH) this.fail('expression nested too deeply');
    try {
      return this.parseConditional(nl);
    } finally {
      this.depth--;
    }
  }

  private parseConditional(nl: boolean): Expr {
    const test = this.parseBinary(1, nl);
    this.skip(nl);
    if (this.c() !== 63 /* ? */) return test;
    this.pos++;
    this.skip(true);
    const then = this.parseExpr(nl);
    this.skip(nl);
    if (this.c() !== C_COLON) this.fail('expected ":" in conditional expression');
    this.pos++;
    this.skip(true);
    const otherwise = this.parseExpr(nl);
    return { k: 'cond', test, then, else: otherwise, s: test.s, e: otherwise.e };
  }

  /** The binary operator at `pos` and its precedence (higher binds tighter), without consuming it. */
  private peekOp(): [string, number] | null {
    const c = this.c();
    const n = this.c(this.pos + 1);
    switch (c) {
      case 124: // |
        return n === 124 ? ['||', 1] : null;
      case 38: // &
        return n === 38 ? ['&&', 2] : null;
      case C_EQ:
        return n === C_EQ ? ['==', 3] : null;
      case 33: // !
        return n === C_EQ ? ['!=', 3] : null;
      case 60: // <
        return n === C_EQ ? ['<=', 4] : n === 60 ? null : ['<', 4];
      case 62: // >
        return n === C_EQ ? ['>=', 4] : ['>', 4];
      case 43:
        return ['+', 5];
      case 45:
        return ['-', 5];
      case C_STAR:
        return ['*', 6];
      case C_SLASH:
        return n === C_SLASH || n === C_STAR ? null : ['/', 6];
      case C_PERCENT:
        return n === C_LBRACE ? null : ['%', 6];
      default:
        return null;
    }
  }

  /** Precedence climbing over the binary operators. */
  private parseBinary(minPrec: number, nl: boolean): Expr {
    let left = this.parseUnary(nl);
    for (;;) {
      const save = this.pos;
      this.skip(nl);
      const op = this.peekOp();
      if (op === null || op[1] < minPrec) {
        this.pos = save;
        return left;
      }
      this.pos += op[0].length;
      this.skip(true);
      const right = this.parseBinary(op[1] + 1, nl);
      left = { k: 'bin', op: op[0], l: left, r: right, s: left.s, e: right.e };
    }
  }

  private parseUnary(nl: boolean): Expr {
    const c = this.c();
    if (c === 33 /* ! */ || c === 45 /* - */) {
      const s = this.pos;
      this.pos++;
      this.skip(nl);
      const x = this.parseUnary(nl);
      if (c === 45 && x.k === 'lit' && typeof x.value === 'number')
        return { k: 'lit', value: -x.value, s, e: x.e };
      return { k: 'un', op: c === 33 ? '!' : '-', x, s, e: x.e };
    }
    return this.parsePostfix(this.parsePrimary(nl), nl);
  }

  private parsePostfix(base: Expr, nl: boolean): Expr {
    let x = base;
    for (;;) {
      const c = this.c();
      if (c === C_DOT) {
        const n = this.c(this.pos + 1);
        if (n === C_DOT) return x; // `...` expansion/grouping marker
        if (n === C_STAR) {
          this.pos += 2;
          return this.parseSplat(x, false);
        }
        if (isDigit(n)) {
          const s = this.pos + 1;
          this.pos++;
          while (isDigit(this.c())) this.pos++;
          const index: Expr = { k: 'lit', value: Number(this.text.slice(s, this.pos)), s, e: this.pos };
          x = { k: 'idx', obj: x, index, s: x.s, e: this.pos };
          continue;
        }
        this.pos++;
        const name = this.readIdent();
        if (name === null) this.fail('expected an attribute name after "."');
        x = { k: 'attr', obj: x, name, s: x.s, e: this.pos };
        continue;
      }
      if (c === C_LBRACK) {
        if (this.text.startsWith('[*]', this.pos)) {
          this.pos += 3;
          return this.parseSplat(x, true);
        }
        this.pos++;
        this.skip(true);
        const index = this.parseExpr(true);
        this.skip(true);
        if (this.c() !== C_RBRACK) this.fail('expected "]"');
        this.pos++;
        x = { k: 'idx', obj: x, index, s: x.s, e: this.pos };
        continue;
      }
      void nl;
      return x;
    }
  }

  private parseSplat(obj: Expr, full: boolean): Expr {
    const steps: Step[] = [];
    for (;;) {
      const c = this.c();
      if (c === C_DOT && isIdStart(this.c(this.pos + 1))) {
        this.pos++;
        steps.push({ attr: this.readIdent() as string });
        continue;
      }
      if (full && c === C_LBRACK && !this.text.startsWith('[*]', this.pos)) {
        this.pos++;
        this.skip(true);
        const index = this.parseExpr(true);
        this.skip(true);
        if (this.c() !== C_RBRACK) this.fail('expected "]"');
        this.pos++;
        steps.push({ index });
        continue;
      }
      return { k: 'splat', obj, steps, s: obj.s, e: this.pos };
    }
  }

  private parsePrimary(nl: boolean): Expr {
    const c = this.c();
    const s = this.pos;
    if (c === C_QUOTE) return this.parseQuoted();
    if (isDigit(c)) return this.parseNumber();
    if (c === 60 /* < */ && this.c(this.pos + 1) === 60) return this.parseHeredoc();
    if (c === C_LPAREN) {
      this.pos++;
      this.skip(true);
      const x = this.parseExpr(true);
      this.skip(true);
      if (this.c() !== C_RPAREN) this.fail('expected ")"');
      this.pos++;
      return { k: 'paren', x, s, e: this.pos };
    }
    if (c === C_LBRACK) return this.parseTupleOrFor();
    if (c === C_LBRACE) return this.parseObjectOrFor();
    if (isIdStart(c)) {
      let name = this.readIdent() as string;
      // provider-defined functions: provider::aws::arn_parse(...)
      while (this.text.startsWith('::', this.pos) && isIdStart(this.c(this.pos + 2))) {
        this.pos += 2;
        name += `::${this.readIdent() as string}`;
      }
      if (name === 'true' || name === 'false') return { k: 'lit', value: name === 'true', s, e: this.pos };
      if (name === 'null') return { k: 'lit', value: null, s, e: this.pos };
      const save = this.pos;
      this.skip(false);
      if (this.c() === C_LPAREN) return this.parseCall(name, s);
      this.pos = save;
      return { k: 'var', name, s, e: this.pos };
    }
    if (c === -1) this.fail('unexpected end of file: expected an expression');
    void nl;
    this.fail(`unexpected ${JSON.stringify(this.text[this.pos])}: expected an expression`);
  }

  private parseNumber(): Expr {
    const s = this.pos;
    while (isDigit(this.c())) this.pos++;
    if (this.c() === C_DOT && isDigit(this.c(this.pos + 1))) {
      this.pos++;
      while (isDigit(this.c())) this.pos++;
    }
    const e = this.c();
    if (e === 101 || e === 69) {
      const save = this.pos;
      this.pos++;
      if (this.c() === 43 || this.c() === 45) this.pos++;
      if (isDigit(this.c())) while (isDigit(this.c())) this.pos++;
      else this.pos = save;
    }
    return { k: 'lit', value: Number(this.text.slice(s, this.pos)), s, e: this.pos };
  }

  private parseCall(name: string, s: number): Expr {
    this.pos++; // (
    const args: Expr[] = [];
    let expand = false;
    for (;;) {
      this.skip(true);
      if (this.c() === C_RPAREN) break;
      args.push(this.parseExpr(true));
      this.skip(true);
      if (this.text.startsWith('...', this.pos)) {
        expand = true;
        this.pos += 3;
        this.skip(true);
      }
      if (this.c() === C_COMMA) {
        this.pos++;
        continue;
      }
      if (this.c() === C_RPAREN) break;
      this.fail(`expected "," or ")" in call to ${name}`);
    }
    this.pos++;
    return { k: 'call', name, args, expand, s, e: this.pos };
  }

  private atForKeyword(): boolean {
    return this.text.startsWith('for', this.pos) && !isIdPart(this.c(this.pos + 3));
  }

  private parseForIntro(): { keyVar: string | null; valVar: string; coll: Expr } {
    this.pos += 3;
    this.skip(true);
    const first = this.readIdent();
    if (first === null) this.fail('expected a variable name after "for"');
    this.skip(true);
    let keyVar: string | null = null;
    let valVar = first;
    if (this.c() === C_COMMA) {
      this.pos++;
      this.skip(true);
      const second = this.readIdent();
      if (second === null) this.fail('expected a variable name after ","');
      keyVar = first;
      valVar = second;
      this.skip(true);
    }
    if (!this.text.startsWith('in', this.pos) || isIdPart(this.c(this.pos + 2))) this.fail('expected "in"');
    this.pos += 2;
    this.skip(true);
    const coll = this.parseExpr(true);
    this.skip(true);
    if (this.c() !== C_COLON) this.fail('expected ":" in for expression');
    this.pos++;
    this.skip(true);
    return { keyVar, valVar, coll };
  }

  private parseForCond(): Expr | null {
    this.skip(true);
    if (this.text.startsWith('if', this.pos) && !isIdPart(this.c(this.pos + 2))) {
      this.pos += 2;
      this.skip(true);
      return this.parseExpr(true);
    }
    return null;
  }

  private parseTupleOrFor(): Expr {
    const s = this.pos;
    this.pos++;
    this.skip(true);
    if (this.atForKeyword()) {
      const intro = this.parseForIntro();
      const valExpr = this.parseExpr(true);
      const cond = this.parseForCond();
      this.skip(true);
      if (this.c() !== C_RBRACK) this.fail('expected "]" to close the for expression');
      this.pos++;
      return { k: 'for', ...intro, keyExpr: null, valExpr, cond, group: false, s, e: this.pos };
    }
    const items: Expr[] = [];
    for (;;) {
      this.skip(true);
      if (this.c() === C_RBRACK) break;
      items.push(this.parseExpr(true));
      this.skip(true);
      if (this.c() === C_COMMA) {
        this.pos++;
        continue;
      }
      if (this.c() === C_RBRACK) break;
      this.fail('expected "," or "]" in list');
    }
    this.pos++;
    return { k: 'tuple', items, s, e: this.pos };
  }

  private parseObjectOrFor(): Expr {
    const s = this.pos;
    this.pos++;
    this.skip(true);
    if (this.atForKeyword()) {
      const intro = this.parseForIntro();
      const keyExpr = this.parseExpr(true);
      this.skip(true);
      if (!this.text.startsWith('=>', this.pos)) this.fail('expected "=>" in object for expression');
      this.pos += 2;
      this.skip(true);
      const valExpr = this.parseExpr(true);
      this.skip(true);
      let group = false;
      if (this.text.startsWith('...', this.pos)) {
        group = true;
        this.pos += 3;
      }
      const cond = this.parseForCond();
      this.skip(true);
      if (this.c() !== C_RBRACE) this.fail('expected "}" to close the for expression');
      this.pos++;
      return { k: 'for', ...intro, keyExpr, valExpr, cond, group, s, e: this.pos };
    }
    const items: ObjectItem[] = [];
    for (;;) {
      this.skip(true);
      if (this.c() === C_RBRACE) break;
      let key: Expr;
      const ks = this.pos;
      if (isIdStart(this.c())) {
        const name = this.readIdent() as string;
        const save = this.pos;
        this.skip(false);
        const n = this.c();
        if (n === C_EQ || n === C_COLON) {
          key = { k: 'lit', value: name, s: ks, e: save };
        } else {
          this.pos = ks;
          key = this.parseExpr(true);
        }
      } else {
        key = this.parseExpr(true);
      }
      this.skip(false);
      const sep = this.c();
      if ((sep !== C_EQ && sep !== C_COLON) || this.c(this.pos + 1) === C_EQ)
        this.fail('expected "=" or ":" after an object key');
      this.pos++;
      this.skip(true);
      const value = this.parseExpr(true);
      items.push({ key, value });
      this.skip(false);
      if (this.c() === C_COMMA) this.pos++;
      this.skip(true);
    }
    this.pos++;
    return { k: 'object', items, s, e: this.pos };
  }

  // ---- templates ---------------------------------------------------------------------------

  private parseQuoted(): Expr {
    const s = this.pos;
    this.pos++;
    const parts = this.parseTemplateParts(C_QUOTE, null);
    if (this.c() !== C_QUOTE) this.fail('unterminated string', s);
    this.pos++;
    return finishTemplate(parts, s, this.pos, false);
  }

  private parseHeredoc(): Expr {
    const s = this.pos;
    this.pos += 2;
    let indent = false;
    if (this.c() === 45) {
      indent = true;
      this.pos++;
    }
    const id = this.readIdent();
    if (id === null) this.fail('expected a heredoc delimiter after "<<"');
    const nl = this.text.indexOf('\n', this.pos);
    if (nl === -1) this.fail('unterminated heredoc', s);
    const contentStart = nl + 1;
    // Find the closing line: only whitespace and the delimiter.
    let lineStart = contentStart;
    let contentEnd = -1;
    let closeEnd = -1;
    while (lineStart <= this.len) {
      let lineEnd = this.text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = this.len;
      let a = lineStart;
      while (a < lineEnd && (this.text.charCodeAt(a) === C_SP || this.text.charCodeAt(a) === C_TAB)) a++;
      let b = lineEnd;
      while (b > a && (this.text.charCodeAt(b - 1) === C_CR || this.text.charCodeAt(b - 1) === C_SP)) b--;
      if (b - a === id.length && this.text.startsWith(id, a)) {
        contentEnd = lineStart;
        closeEnd = b;
        break;
      }
      if (lineEnd >= this.len) break;
      lineStart = lineEnd + 1;
    }
    if (contentEnd === -1) this.fail(`unterminated heredoc: no closing "${id}" line`, s);
    this.pos = contentStart;
    const sub = new HclParser(this.text.slice(0, contentEnd));
    sub.pos = contentStart;
    sub.depth = this.depth;
    let parts: TemplatePart[];
    try {
      parts = sub.parseTemplateParts(-1, null);
    } finally {
      for (const err of sub.errors) this.error(err.message, err.offset);
    }
    if (indent) parts = dedent(parts);
    this.pos = closeEnd;
    return finishTemplate(parts, s, closeEnd, true);
  }

  /**
   * Template content until `quote` (a `"`; -1 for heredocs: until end of text) or a directive
   * keyword in `stopAt` (else/endif/endfor). Leaves `pos` at the terminator.
   */
  private parseTemplateParts(quote: number, stopAt: readonly string[] | null): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let lit = '';
    let stripNext = false;
    const t = this.text;
    const heredoc = quote === -1;
    const pushLit = () => {
      if (lit !== '') parts.push(lit);
      lit = '';
    };
    for (;;) {
      if (this.pos >= this.len) {
        if (!heredoc) this.fail('unterminated string');
        break;
      }
      const c = t.charCodeAt(this.pos);
      if (c === quote) break;
      if (!heredoc && c === C_NL) this.fail('unterminated string: line break inside quotes');
      if (!heredoc && c === C_BACKSLASH) {
        lit += this.readEscape();
        continue;
      }
      if ((c === C_DOLLAR || c === C_PERCENT) && t.charCodeAt(this.pos + 1) === C_LBRACE) {
        const isDirective = c === C_PERCENT;
        this.pos += 2;
        let stripBefore = false;
        if (this.c() === C_TILDE) {
          stripBefore = true;
          this.pos++;
        }
        if (stripBefore) lit = lit.replace(/\s+$/, '');
        if (stripNext) {
          lit = lit.replace(/^\s+/, '');
          stripNext = false;
        }
        if (!isDirective) {
          pushLit();
          this.skip(true);
          const x = this.parseExpr(true);
          stripNext = this.closeInterpolation();
          parts.push(x);
          continue;
        }
        this.skip(true);
        const kwStart = this.pos;
        const kw = this.readIdent();
        if (kw !== null && stopAt?.includes(kw)) {
          pushLit();
          this.pos = kwStart;
          // leave the caller at the keyword; it re-reads it
          return parts;
        }
        pushLit();
        if (kw === 'if') {
          this.skip(true);
          const cond = this.parseExpr(true);
          this.closeInterpolation();
          const then = this.parseTemplateParts(quote, ['else', 'endif']);
          let otherwise: TemplatePart[] = [];
          let kw2 = this.readIdent();
          this.closeInterpolation();
          if (kw2 === 'else') {
            otherwise = this.parseTemplateParts(quote, ['endif']);
            kw2 = this.readIdent();
            stripNext = this.closeInterpolation();
          } else {
            stripNext = false;
          }
          if (kw2 !== 'endif') this.fail('expected %{ endif }');
          parts.push({ k: 'tif', cond, then, else: otherwise });
          continue;
        }
        if (kw === 'for') {
          this.skip(true);
          const a = this.readIdent();
          this.skip(true);
          let keyVar: string | null = null;
          let valVar = a;
          if (this.c() === C_COMMA) {
            this.pos++;
            this.skip(true);
            keyVar = a;
            valVar = this.readIdent();
            this.skip(true);
          }
          if (valVar === null || !this.text.startsWith('in', this.pos))
            this.fail('malformed %{ for } directive');
          this.pos += 2;
          this.skip(true);
          const coll = this.parseExpr(true);
          this.closeInterpolation();
          const body = this.parseTemplateParts(quote, ['endfor']);
          this.readIdent();
          stripNext = this.closeInterpolation();
          parts.push({ k: 'tfor', keyVar, valVar, coll, body });
          continue;
        }
        this.fail(`unknown template directive ${JSON.stringify(kw ?? '')}`);
      }
      if (
        (c === C_DOLLAR || c === C_PERCENT) &&
        t.charCodeAt(this.pos + 1) === c &&
        t.charCodeAt(this.pos + 2) === C_LBRACE
      ) {
        lit += c === C_DOLLAR ? '${' : '%{';
        this.pos += 3;
        continue;
      }
      // plain run of characters
      const start = this.pos;
      this.pos++;
      while (this.pos < this.len) {
        const d = t.charCodeAt(this.pos);
        if (
          d === quote ||
          d === C_DOLLAR ||
          d === C_PERCENT ||
          (!heredoc && (d === C_BACKSLASH || d === C_NL))
        )
          break;
        this.pos++;
      }
      let run = t.slice(start, this.pos);
      if (stripNext) {
        run = run.replace(/^\s+/, '');
        stripNext = false;
      }
      lit += run;
    }
    pushLit();
    return parts;
  }

  /** Consumes `}` or `~}` closing an interpolation or directive; returns whether it stripped. */
  private closeInterpolation(): boolean {
    this.skip(true);
    let strip = false;
    if (this.c() === C_TILDE) {
      strip = true;
      this.pos++;
    }
    if (this.c() !== C_RBRACE) this.fail('expected "}" to close the template sequence');
    this.pos++;
    return strip;
  }

  private readEscape(): string {
    const n = this.c(this.pos + 1);
    this.pos += 2;
    switch (n) {
      case 110:
        return '\n';
      case 114:
        return '\r';
      case 116:
        return '\t';
      case C_QUOTE:
        return '"';
      case C_BACKSLASH:
        return '\\';
      case 117: // \uNNNN
      case 85: {
        // \UNNNNNNNN
        const width = n === 117 ? 4 : 8;
        const hex = this.text.slice(this.pos, this.pos + width);
        if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === width) {
          this.pos += width;
          const cp = Number.parseInt(hex, 16);
          return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
        }
        this.error('invalid unicode escape', this.pos - 2);
        return '';
      }
      default:
        this.error('invalid escape sequence', this.pos - 2);
        return this.text[this.pos - 1] ?? '';
    }
  }
}

function finishTemplate(parts: TemplatePart[], s: number, e: number, heredoc: boolean): Expr {
  if (parts.length === 0) return { k: 'lit', value: '', s, e };
  if (parts.length === 1 && typeof parts[0] === 'string') return { k: 'lit', value: parts[0], s, e };
  return { k: 'tpl', parts, heredoc, s, e };
}

/** `<<-` heredocs: remove the smallest indentation of the non-blank lines from every line. */
function dedent(parts: TemplatePart[]): TemplatePart[] {
  let min = Number.POSITIVE_INFINITY;
  let atStart = true;
  parts.forEach((p, n) => {
    if (typeof p !== 'string') {
      atStart = false;
      return;
    }
    const lines = p.split('\n');
    lines.forEach((line, j) => {
      if (j === 0 && !atStart) return;
      const indent = leadingBlanks(line);
      const continues = j === lines.length - 1 && n < parts.length - 1;
      if (indent < line.length || (continues && line.length > 0)) min = Math.min(min, indent);
    });
    atStart = p.endsWith('\n');
  });
  if (!Number.isFinite(min) || min === 0) return parts;
  atStart = true;
  return parts.map((p) => {
    if (typeof p !== 'string') {
      atStart = false;
      return p;
    }
    const out = p
      .split('\n')
      .map((line, j) => (j > 0 || atStart ? line.slice(Math.min(min, leadingBlanks(line))) : line))
      .join('\n');
    atStart = p.endsWith('\n');
    return out;
  });
}

function leadingBlanks(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === C_SP || line.charCodeAt(i) === C_TAB)) i++;
  return i;
}
