import type { Diagnostic } from '../../../core/diagnostic.js';
import {
  type ConfFile,
  type DetectedAlone,
  hasBinaryJunk,
  IncludeResolver,
  MAX_LINE_LENGTH,
} from '../conf-include.js';
import type { ParseIO, SourceFile } from '../types.js';
import type {
  HbaConnectionType,
  HbaField,
  HbaOption,
  HbaRecord,
  HbaToken,
  PgHbaDocument,
} from './postgres-document.js';

const CONNECTION_TYPES = new Set<string>([
  'local',
  'host',
  'hostssl',
  'hostnossl',
  'hostgssenc',
  'hostnogssenc',
]);
const INCLUDES = new Set(['include', 'include_if_exists', 'include_dir']);

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\r';

interface RawToken {
  value: string;
  raw: string;
  quoted: boolean;
  start: number;
  end: number;
  /** Followed by a comma: the field continues with the next token. */
  comma: boolean;
}

/** A logical line: physical lines joined where one ends with a backslash. */
interface LogicalLine {
  readonly line: number;
  readonly start: number;
  /** Offsets of the record's text (`\`+newline pairs inside are blanks). */
  readonly end: number;
  readonly next: number;
  readonly continuations: ReadonlySet<number>;
}

function* logicalLines(text: string): Generator<LogicalLine> {
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const first = line;
    const continuations = new Set<number>();
    let p = start;
    let end: number;
    let next: number;
    while (true) {
      const nl = text.indexOf('\n', p);
      let e = nl === -1 ? text.length : nl;
      if (e > p && text.charCodeAt(e - 1) === 13) e--;
      if (nl !== -1 && e > p && text[e - 1] === '\\' && !text.slice(p, e).includes('#')) {
        continuations.add(e - 1);
        p = nl + 1;
        line++;
        continue;
      }
      end = e;
      next = nl === -1 ? text.length : nl + 1;
      break;
    }
    yield { line: first, start, end, next, continuations };
    start = next;
    line++;
  }
}

/** Splits a logical line into tokens the way PostgreSQL's hba tokenizer does. */
export function tokenizeHbaLine(
  text: string,
  start: number,
  end: number,
  continuations: ReadonlySet<number> = new Set(),
): { tokens: RawToken[]; error?: { message: string; offset: number } } {
  const tokens: RawToken[] = [];
  const blank = (i: number) => isBlank(text[i]) || text[i] === '\n' || continuations.has(i);
  let p = start;
  while (p < end) {
    while (p < end && blank(p)) p++;
    if (p >= end || text[p] === '#') break;
    const tokStart = p;
    let value = '';
    let quoted = false;
    let inQuote = false;
    while (p < end) {
      const c = text[p] as string;
      if (inQuote) {
        if (c === '"') inQuote = false;
        else value += c;
        p++;
        continue;
      }
      if (blank(p) || c === ',' || c === '#') break;
      if (c === '"') {
        inQuote = true;
        quoted = true;
      } else value += c;
      p++;
    }
    if (inQuote) return { tokens, error: { message: 'unterminated quoted string', offset: tokStart } };
    const tokEnd = p;
    let comma = false;
    if (text[p] === ',') {
      comma = true;
      p++;
    }
    tokens.push({ value, raw: text.slice(tokStart, tokEnd), quoted, start: tokStart, end: tokEnd, comma });
  }
  return { tokens };
}

/** Groups tokens into fields: a token ending with a comma continues into the next one. */
function fieldsOf(tokens: readonly RawToken[]): RawToken[][] {
  const fields: RawToken[][] = [];
  let current: RawToken[] = [];
  for (const t of tokens) {
    current.push(t);
    if (!t.comma) {
      fields.push(current);
      current = [];
    }
  }
  if (current.length) fields.push(current);
  return fields;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^[0-9a-f:]*:[0-9a-f:.]*(?:%[\w.]+)?$/i;

/** Parses pg_hba.conf (and its includes) into records in matching order. */
export function parsePgHba(
  file: SourceFile,
  io: ParseIO,
  detectedAlone: DetectedAlone,
): { document: PgHbaDocument; diagnostics: Diagnostic[] } {
  const resolver = new IncludeResolver(file, io, detectedAlone);
  const diagnostics: Diagnostic[] = [];
  const records: HbaRecord[] = [];

  const parseFile = (cf: ConfFile) => {
    const { text, lines } = cf;
    const error = (offset: number, message: string) =>
      diagnostics.push(resolver.diag('parse-error', 'error', cf, lines.range(offset, offset), message));
    let junkReported = false;
    for (const ln of logicalLines(text)) {
      if (ln.end - ln.start > MAX_LINE_LENGTH) {
        error(ln.start, 'line too long, skipped');
        continue;
      }
      if (hasBinaryJunk(text, ln.start, ln.end)) {
        if (!junkReported)
          error(ln.start, 'binary or control characters in pg_hba.conf; such lines are skipped');
        junkReported = true;
        continue;
      }
      const tok = tokenizeHbaLine(text, ln.start, ln.end, ln.continuations);
      if (tok.error) {
        error(tok.error.offset, `${tok.error.message}; record skipped`);
        continue;
      }
      if (tok.tokens.length === 0) continue;
      const fields = fieldsOf(tok.tokens);
      const toField = (f: RawToken[]): HbaField => {
        const tokens: HbaToken[] = f.map((t) => ({
          value: t.value,
          raw: t.raw,
          quoted: t.quoted,
          range: lines.range(t.start, t.end),
        }));
        const first = f[0] as RawToken;
        const last = f[f.length - 1] as RawToken;
        return { tokens, range: lines.range(first.start, last.end) };
      };
      const head = fields[0]?.[0] as RawToken;
      const keyword = head.quoted ? '' : head.value.toLowerCase();
      if (INCLUDES.has(keyword)) {
        const target = fields[1]?.[0];
        if (!target) {
          error(head.start, `${keyword} without a file name`);
          continue;
        }
        const mode =
          keyword === 'include_dir'
            ? ({ type: 'dir', pattern: '*.conf' } as const)
            : ({ type: 'file' } as const);
        const range = lines.range(target.start, target.end);
        for (const inc of resolver.resolve(cf, target.value, range, mode, keyword === 'include_if_exists')) {
          resolver.within(inc, () => parseFile(inc));
        }
        continue;
      }
      if (!CONNECTION_TYPES.has(keyword) || (fields[0]?.length ?? 0) > 1) {
        error(head.start, `invalid connection type "${head.value.slice(0, 40)}"`);
        continue;
      }
      const type = keyword as HbaConnectionType;
      const local = type === 'local';
      let i = 1;
      const database = fields[i++];
      const user = fields[i++];
      let address: RawToken[] | undefined;
      let mask: RawToken[] | undefined;
      if (!local) {
        address = fields[i++];
        const a = address?.[0];
        if (
          a &&
          address?.length === 1 &&
          !a.quoted &&
          !a.value.includes('/') &&
          (IPV4.test(a.value) || IPV6.test(a.value))
        ) {
          mask = fields[i++];
        }
      }
      const method = fields[i++];
      if (!database || !user || (!local && !address) || !method) {
        error(head.start, `incomplete ${type} record: end of line before the authentication method`);
        continue;
      }
      const methodToken = method[0] as RawToken;
      const options: HbaOption[] = fields.slice(i).flatMap((f) =>
        f.map((t) => {
          const eq = t.value.indexOf('=');
          return {
            name: eq === -1 ? t.value : t.value.slice(0, eq),
            value: eq === -1 ? '' : t.value.slice(eq + 1),
            range: lines.range(t.start, t.end),
          };
        }),
      );
      const lastTok = tok.tokens[tok.tokens.length - 1] as RawToken;
      records.push({
        type,
        typeRange: lines.range(head.start, head.end),
        database: toField(database),
        user: toField(user),
        ...(address ? { address: toField(address) } : {}),
        ...(mask ? { mask: toField(mask) } : {}),
        method: methodToken.value.toLowerCase(),
        methodRange: lines.range(methodToken.start, methodToken.end),
        options,
        range: lines.range(head.start, lastTok.end),
        line: ln.line,
        lineSpan: [ln.start, ln.next],
        file: cf.path,
        own: cf.own,
        reportable: cf.own || !cf.scannedSeparately,
      });
    }
  };

  resolver.within(resolver.root, () => parseFile(resolver.root));
  diagnostics.push(...resolver.diagnostics);
  return {
    document: {
      kind: 'pg-hba',
      path: file.path,
      text: file.text,
      lines: file.lines,
      records,
      includes: resolver.includes,
    },
    diagnostics,
  };
}
