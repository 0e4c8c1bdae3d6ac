import type { Diagnostic } from '../../../core/diagnostic.js';
import {
  type ConfFile,
  type DetectedAlone,
  hasBinaryJunk,
  IncludeResolver,
  MAX_LINE_LENGTH,
  textLines,
} from '../conf-include.js';
import type { ParseIO, SourceFile } from '../types.js';
import type { RedisArg, RedisDirective, RedisDocument } from './redis-document.js';

export interface RedisTokenizeResult {
  readonly args: { value: string; raw: string; quoted: boolean; start: number; end: number }[];
  /** Set when the line is invalid for Redis (it would refuse to start). */
  readonly error?: { message: string; offset: number };
}

const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * Splits one line the way Redis does (`sdssplitargs`): arguments are separated by blanks;
 * "double quotes" understand \n \r \t \b \a \\ \" and \xHH; 'single quotes' only \'. A closing
 * quote must be followed by a blank or the end of the line, and an unterminated quote makes the
 * whole line invalid.
 */
export function tokenizeRedisLine(text: string, start: number, end: number): RedisTokenizeResult {
  const args: { value: string; raw: string; quoted: boolean; start: number; end: number }[] = [];
  let p = start;
  while (true) {
    while (p < end && isSpace(text[p])) p++;
    if (p >= end) return { args };
    const tokStart = p;
    let value = '';
    let quoted = false;
    let inDouble = false;
    let inSingle = false;
    let done = false;
    while (!done) {
      const c = text[p];
      if (inDouble) {
        if (p >= end) return { args, error: { message: 'unbalanced double quotes', offset: tokStart } };
        if (c === '\\' && text[p + 1] === 'x' && isHex(text[p + 2]) && isHex(text[p + 3]) && p + 3 < end) {
          value += String.fromCharCode(Number.parseInt(text.slice(p + 2, p + 4), 16));
          p += 3;
        } else if (c === '\\' && p + 1 < end) {
          const n = text[p + 1];
          value +=
            n === 'n'
              ? '\n'
              : n === 'r'
                ? '\r'
                : n === 't'
                  ? '\t'
                  : n === 'b'
                    ? '\b'
                    : n === 'a'
                      ? '\x07'
                      : n;
          p++;
        } else if (c === '"') {
          if (p + 1 < end && !isSpace(text[p + 1])) {
            return { args, error: { message: 'closing quote must be followed by a space', offset: p } };
          }
          done = true;
        } else {
          value += c;
        }
      } else if (inSingle) {
        if (p >= end) return { args, error: { message: 'unbalanced single quotes', offset: tokStart } };
        if (c === '\\' && text[p + 1] === "'" && p + 1 < end) {
          value += "'";
          p++;
        } else if (c === "'") {
          if (p + 1 < end && !isSpace(text[p + 1])) {
            return { args, error: { message: 'closing quote must be followed by a space', offset: p } };
          }
          done = true;
        } else {
          value += c;
        }
      } else if (p >= end || isSpace(c)) {
        done = true;
        p--;
      } else if (c === '"') {
        inDouble = true;
        quoted = true;
      } else if (c === "'") {
        inSingle = true;
        quoted = true;
      } else {
        value += c;
      }
      p++;
    }
    args.push({ value, raw: text.slice(tokStart, p), quoted, start: tokStart, end: p });
  }
}

/** Parses a redis.conf and the files it includes into one ordered list of directives. */
export function parseRedis(
  file: SourceFile,
  io: ParseIO,
  detectedAlone: DetectedAlone,
): { document: RedisDocument; diagnostics: Diagnostic[] } {
  const resolver = new IncludeResolver(file, io, detectedAlone);
  const diagnostics: Diagnostic[] = [];
  const directives: RedisDirective[] = [];

  const parseFile = (cf: ConfFile) => {
    const { text } = cf;
    let junkReported = false;
    for (const ln of textLines(text)) {
      let s = ln.start;
      while (s < ln.end && isSpace(text[s])) s++;
      if (s >= ln.end || text[s] === '#') continue;
      if (ln.end - ln.start > MAX_LINE_LENGTH) {
        diagnostics.push(
          resolver.diag(
            'parse-error',
            'error',
            cf,
            cf.lines.range(ln.start, ln.start),
            'line too long, skipped',
          ),
        );
        continue;
      }
      if (hasBinaryJunk(text, s, ln.end)) {
        if (!junkReported) {
          diagnostics.push(
            resolver.diag(
              'parse-error',
              'error',
              cf,
              cf.lines.range(ln.start, ln.end),
              'binary or control characters in the configuration; such lines are skipped',
            ),
          );
          junkReported = true;
        }
        continue;
      }
      const tok = tokenizeRedisLine(text, s, ln.end);
      if (tok.error) {
        diagnostics.push(
          resolver.diag(
            'parse-error',
            'error',
            cf,
            cf.lines.range(tok.error.offset, tok.error.offset),
            `${tok.error.message}: Redis refuses to start with this line`,
          ),
        );
        continue;
      }
      const [head, ...rest] = tok.args;
      if (!head) continue;
      const args: RedisArg[] = rest.map((a) => ({
        value: a.value,
        raw: a.raw,
        quoted: a.quoted,
        range: cf.lines.range(a.start, a.end),
      }));
      const last = tok.args[tok.args.length - 1] ?? head;
      const directive: RedisDirective = {
        name: head.value.toLowerCase(),
        nameRange: cf.lines.range(head.start, head.end),
        args,
        range: cf.lines.range(head.start, last.end),
        lineSpan: [ln.start, ln.next],
        file: cf.path,
        own: cf.own,
        reportable: cf.own || !cf.scannedSeparately,
      };
      if (directive.name === 'include') {
        const target = args[0];
        if (!target) {
          diagnostics.push(
            resolver.diag('parse-error', 'error', cf, directive.range, 'include without a file name'),
          );
          continue;
        }
        directives.push(directive);
        for (const inc of resolver.resolve(cf, target.value, target.range, { type: 'glob' })) {
          resolver.within(inc, () => parseFile(inc));
        }
        continue;
      }
      directives.push(directive);
    }
  };

  resolver.within(resolver.root, () => parseFile(resolver.root));
  diagnostics.push(...resolver.diagnostics);
  const sentinel = directives.some((d) => d.name === 'sentinel');
  return {
    document: {
      kind: 'redis',
      path: file.path,
      text: file.text,
      lines: file.lines,
      directives,
      includes: resolver.includes,
      complete: !resolver.incomplete,
      sentinel,
    },
    diagnostics,
  };
}
