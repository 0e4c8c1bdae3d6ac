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
import type { PgSetting, PostgresConfDocument } from './postgres-document.js';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\r';
/** Letters as guc-file.l sees them: ASCII letters, `_` and any non-ASCII character. */
const isLetter = (c: string | undefined) =>
  c !== undefined && (/[A-Za-z_]/.test(c) || c.charCodeAt(0) >= 128);
const isNameChar = (c: string | undefined) => isLetter(c) || (c !== undefined && /[0-9$.]/.test(c));

export interface PgLine {
  readonly name: { text: string; start: number; end: number };
  readonly value: { text: string; raw: string; quoted: boolean; start: number; end: number };
}

/** Decodes a single-quoted value body the way PostgreSQL does ('' and backslash escapes). */
function unquote(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "'" && body[i + 1] === "'") {
      out += "'";
      i++;
    } else if (c === '\\' && i + 1 < body.length) {
      const n = body[i + 1] as string;
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
      if (oct) {
        out += String.fromCharCode(Number.parseInt(oct[0], 8));
        i += oct[0].length;
        continue;
      }
      out += n === 'b' ? '\b' : n === 'f' ? '\f' : n === 'n' ? '\n' : n === 'r' ? '\r' : n === 't' ? '\t' : n;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * Parses one line of postgresql.conf (`name [=] value [# comment]`). Returns null for blank and
 * comment lines, or an error with the offset PostgreSQL would complain about.
 */
export function parsePgConfLine(
  text: string,
  start: number,
  end: number,
): PgLine | null | { error: string; offset: number } {
  let p = start;
  while (p < end && isBlank(text[p])) p++;
  if (p >= end || text[p] === '#') return null;
  if (!isLetter(text[p])) return { error: 'syntax error: a parameter name was expected', offset: p };
  const nameStart = p;
  while (p < end && isNameChar(text[p])) p++;
  const name = { text: text.slice(nameStart, p), start: nameStart, end: p };
  while (p < end && isBlank(text[p])) p++;
  if (text[p] === '=') p++;
  while (p < end && isBlank(text[p])) p++;
  if (p >= end || text[p] === '#') return { error: `syntax error: ${name.text} has no value`, offset: p };
  const valueStart = p;
  let value: PgLine['value'];
  if (text[p] === "'") {
    p++;
    let closed = false;
    while (p < end) {
      const c = text[p];
      if (c === '\\' && p + 1 < end) p += 2;
      else if (c === "'" && text[p + 1] === "'") p += 2;
      else if (c === "'") {
        closed = true;
        p++;
        break;
      } else p++;
    }
    if (!closed) return { error: 'unterminated quoted string', offset: valueStart };
    const raw = text.slice(valueStart, p);
    value = { text: unquote(raw.slice(1, -1)), raw, quoted: true, start: valueStart, end: p };
  } else {
    while (p < end && !isBlank(text[p]) && text[p] !== '#') p++;
    const raw = text.slice(valueStart, p);
    value = { text: raw, raw, quoted: false, start: valueStart, end: p };
  }
  while (p < end && isBlank(text[p])) p++;
  if (p < end && text[p] !== '#') return { error: `syntax error near "${text.slice(p, p + 20)}"`, offset: p };
  return { name, value };
}

const INCLUDE_NAMES = new Set(['include', 'include_if_exists', 'include_dir']);

/** Parses postgresql.conf and everything it includes into one ordered list of settings. */
export function parsePostgresConf(
  file: SourceFile,
  io: ParseIO,
  detectedAlone: DetectedAlone,
  fragment: boolean,
): { document: PostgresConfDocument; diagnostics: Diagnostic[] } {
  const resolver = new IncludeResolver(file, io, detectedAlone);
  const diagnostics: Diagnostic[] = [];
  const settings: PgSetting[] = [];

  const parseFile = (cf: ConfFile) => {
    const { text } = cf;
    let junkReported = false;
    for (const ln of textLines(text)) {
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
      if (hasBinaryJunk(text, ln.start, ln.end)) {
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
      const parsed = parsePgConfLine(text, ln.start, ln.end);
      if (parsed === null) continue;
      if ('error' in parsed) {
        diagnostics.push(
          resolver.diag(
            'parse-error',
            'error',
            cf,
            cf.lines.range(parsed.offset, parsed.offset),
            `${parsed.error} (PostgreSQL refuses to start with this line)`,
          ),
        );
        continue;
      }
      const name = parsed.name.text.toLowerCase();
      const valueRange = cf.lines.range(parsed.value.start, parsed.value.end);
      if (INCLUDE_NAMES.has(name)) {
        const mode =
          name === 'include_dir'
            ? ({ type: 'dir', pattern: '*.conf' } as const)
            : ({ type: 'file' } as const);
        for (const inc of resolver.resolve(
          cf,
          parsed.value.text,
          valueRange,
          mode,
          name === 'include_if_exists',
        )) {
          resolver.within(inc, () => parseFile(inc));
        }
        continue;
      }
      settings.push({
        name,
        nameRange: cf.lines.range(parsed.name.start, parsed.name.end),
        value: parsed.value.text,
        raw: parsed.value.raw,
        quoted: parsed.value.quoted,
        valueRange,
        range: cf.lines.range(parsed.name.start, parsed.value.end),
        lineSpan: [ln.start, ln.next],
        file: cf.path,
        own: cf.own,
        reportable: cf.own || !cf.scannedSeparately,
      });
    }
  };

  resolver.within(resolver.root, () => {
    parseFile(resolver.root);
    // postgresql.auto.conf (ALTER SYSTEM) is read after postgresql.conf when it sits in the
    // same (data) directory; it overrides the main file.
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    if (base === 'postgresql.conf' && !settings.some((s) => s.name === 'data_directory')) {
      const end = file.lines.range(file.text.length, file.text.length);
      for (const inc of resolver.resolve(
        resolver.root,
        'postgresql.auto.conf',
        end,
        { type: 'file' },
        true,
      )) {
        resolver.within(inc, () => parseFile(inc));
      }
    }
  });
  diagnostics.push(...resolver.diagnostics);
  return {
    document: {
      kind: 'postgresql-conf',
      path: file.path,
      text: file.text,
      lines: file.lines,
      settings,
      includes: resolver.includes.filter((i) => !(i.optional && i.target === 'postgresql.auto.conf')),
      fragment,
      complete: !fragment && !resolver.incomplete,
    },
    diagnostics,
  };
}
