/** Tokens of the nginx configuration language (see ngx_conf_read_token in nginx's ngx_conf_file.c). */
export type NginxTokenKind = 'word' | ';' | '{' | '}';

export interface NginxToken {
  readonly kind: NginxTokenKind;
  /** Unquoted, unescaped value for words; the character for punctuation. */
  readonly value: string;
  readonly quoted: boolean;
  readonly start: number;
  readonly end: number;
}

export interface TokenizeProblem {
  readonly message: string;
  readonly offset: number;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Escapes nginx resolves inside words: `\"`, `\'`, `\\`, `\t`, `\r`, `\n`; others stay as written. */
function resolveEscape(next: string): string | null {
  switch (next) {
    case '"':
    case "'":
    case '\\':
      return next;
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case 'n':
      return '\n';
    default:
      return null;
  }
}

/**
 * Splits a configuration into words and `;`, `{`, `}`. Never throws: an unterminated quote
 * ends at the end of the text and is reported. Blocks of directives whose name ends in
 * `_by_lua_block` hold Lua code, not directives, so their body is skipped by brace matching.
 */
export function tokenizeNginx(text: string): { tokens: NginxToken[]; problems: TokenizeProblem[] } {
  const tokens: NginxToken[] = [];
  const problems: TokenizeProblem[] = [];
  const n = text.length;
  let i = 0;
  let statementName: string | null = null;

  while (i < n) {
    const c = text[i] as string;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
      continue;
    }
    if (c === ';' || c === '}') {
      tokens.push({ kind: c, value: c, quoted: false, start: i, end: i + 1 });
      statementName = null;
      i++;
      continue;
    }
    if (c === '{') {
      tokens.push({ kind: '{', value: c, quoted: false, start: i, end: i + 1 });
      const raw = statementName?.endsWith('_by_lua_block') === true;
      statementName = null;
      i++;
      if (raw) {
        const close = skipLuaBody(text, i);
        if (close === -1) {
          problems.push({ message: 'unterminated Lua block', offset: i - 1 });
          i = n;
        } else {
          tokens.push({ kind: '}', value: '}', quoted: false, start: close, end: close + 1 });
          i = close + 1;
        }
      }
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < n && text[j] !== c) {
        const ch = text[j] as string;
        if (ch === '\\' && j + 1 < n) {
          const un = resolveEscape(text[j + 1] as string);
          value += un ?? ch + (text[j + 1] as string);
          j += 2;
          continue;
        }
        value += ch;
        j++;
      }
      if (j >= n)
        problems.push({
          message: `unterminated ${c === '"' ? 'double' : 'single'}-quoted string`,
          offset: i,
        });
      const end = Math.min(j + 1, n);
      tokens.push({ kind: 'word', value, quoted: true, start: i, end });
      statementName ??= value;
      i = end;
      continue;
    }
    let j = i;
    let value = '';
    let inVariableBraces = false;
    while (j < n) {
      const ch = text[j] as string;
      if (inVariableBraces) {
        value += ch;
        j++;
        if (ch === '}') inVariableBraces = false;
        continue;
      }
      if (isSpace(ch) || ch === ';') break;
      if (ch === '{') {
        if (text[j - 1] === '$' && j > i) {
          inVariableBraces = true;
          value += ch;
          j++;
          continue;
        }
        break;
      }
      if (ch === '\\' && j + 1 < n) {
        const un = resolveEscape(text[j + 1] as string);
        value += un ?? ch + (text[j + 1] as string);
        j += 2;
        continue;
      }
      value += ch;
      j++;
    }
    tokens.push({ kind: 'word', value, quoted: false, start: i, end: j });
    statementName ??= value;
    i = j;
  }
  return { tokens, problems };
}

/** Offset of the `}` closing a Lua block body that starts at `from`, or -1. */
function skipLuaBody(text: string, from: number): number {
  let depth = 1;
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < n && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
    i++;
  }
  return -1;
}
