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
import type { MyCnfDocument, MyCnfGroup, MyCnfOption } from './mysql-document.js';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\r';

/** Canonical option name: lower case, dashes as underscores, `loose_` prefix removed. */
export function canonicalName(raw: string): { name: string; loose: boolean } {
  let name = raw.trim().toLowerCase().replace(/-/g, '_');
  const loose = name.startsWith('loose_');
  if (loose) name = name.slice('loose_'.length);
  return { name, loose };
}

/** End of the value part: a `#` outside quotes starts a comment (MySQL's remove_end_comment). */
function commentStart(text: string, start: number, end: number): number {
  let quote: string | null = null;
  let escaped = false;
  for (let p = start; p < end; p++) {
    const c = text[p];
    if ((c === "'" || c === '"') && !escaped) {
      if (quote === null) quote = c;
      else if (quote === c) quote = null;
    }
    if (quote === null && c === '#') return p;
    escaped = quote !== null && c === '\\' && !escaped;
  }
  return end;
}

function decodeValue(raw: string): { value: string; quoted: boolean } {
  let body = raw;
  let quoted = false;
  const q = raw[0];
  if (raw.length >= 2 && (q === '"' || q === "'") && raw[raw.length - 1] === q) {
    body = raw.slice(1, -1);
    quoted = true;
  }
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '\\' && i + 1 < body.length) {
      const n = body[++i] as string;
      const map: Record<string, string> = {
        b: '\b',
        t: '\t',
        n: '\n',
        r: '\r',
        '\\': '\\',
        s: ' ',
        '"': '"',
        "'": "'",
      };
      out += map[n] ?? `\\${n}`;
    } else out += c;
  }
  return { value: out, quoted };
}

/** Parses a MySQL/MariaDB option file and the files it includes. */
export function parseMysql(
  file: SourceFile,
  io: ParseIO,
  detectedAlone: DetectedAlone,
  flags: { fragment: boolean; userFile: boolean },
): { document: MyCnfDocument; diagnostics: Diagnostic[] } {
  const resolver = new IncludeResolver(file, io, detectedAlone);
  const diagnostics: Diagnostic[] = [];
  const options: MyCnfOption[] = [];
  const groups: MyCnfGroup[] = [];

  const parseFile = (cf: ConfFile) => {
    const { text, lines } = cf;
    const origin = { file: cf.path, own: cf.own, reportable: cf.own || !cf.scannedSeparately };
    const error = (offset: number, message: string) =>
      diagnostics.push(resolver.diag('parse-error', 'error', cf, lines.range(offset, offset), message));
    // Each file starts outside any group, as in MySQL.
    let group: string | null = null;
    let junkReported = false;
    let orphanReported = false;
    for (const ln of textLines(text)) {
      let s = ln.start;
      let e = ln.end;
      while (s < e && isBlank(text[s])) s++;
      while (e > s && isBlank(text[e - 1])) e--;
      if (s >= e || text[s] === '#' || text[s] === ';') continue;
      if (e - s > MAX_LINE_LENGTH) {
        error(ln.start, 'line too long, skipped');
        continue;
      }
      if (hasBinaryJunk(text, s, e)) {
        if (!junkReported)
          error(s, 'binary or control characters in the option file; such lines are skipped');
        junkReported = true;
        continue;
      }
      if (text[s] === '!') {
        const m = /^!(includedir|include)[ \t]+/.exec(text.slice(s, Math.min(e, s + 20)));
        if (!m) {
          error(s, 'unknown ! directive (only !include and !includedir exist)');
          continue;
        }
        const targetStart = s + m[0].length;
        const target = text.slice(targetStart, e);
        const mode =
          m[1] === 'includedir' ? ({ type: 'dir', pattern: '*.cnf' } as const) : ({ type: 'file' } as const);
        for (const inc of resolver.resolve(cf, target, lines.range(targetStart, e), mode)) {
          resolver.within(inc, () => parseFile(inc));
        }
        continue;
      }
      if (text[s] === '[') {
        const ce = commentStart(text, s, e);
        const close = text.indexOf(']', s);
        if (close === -1 || close >= ce) {
          error(s, 'group header without a closing ]');
          group = null;
          continue;
        }
        group = text
          .slice(s + 1, close)
          .trim()
          .toLowerCase();
        groups.push({ name: group, range: lines.range(s, close + 1), ...origin });
        continue;
      }
      if (group === null && !orphanReported) {
        error(s, 'option before any [group]: MySQL refuses to read this file');
        orphanReported = true;
      }
      const valueEnd = (() => {
        let x = commentStart(text, s, e);
        while (x > s && isBlank(text[x - 1])) x--;
        return x;
      })();
      const eq = text.indexOf('=', s);
      const hasValue = eq !== -1 && eq < valueEnd;
      let nameEnd = hasValue ? eq : valueEnd;
      while (nameEnd > s && isBlank(text[nameEnd - 1])) nameEnd--;
      const rawName = text.slice(s, nameEnd);
      if (rawName === '') {
        error(s, 'option without a name');
        continue;
      }
      const { name, loose } = canonicalName(rawName);
      let value: string | null = null;
      let rawValue: string | null = null;
      let quoted = false;
      let valueRange: MyCnfOption['valueRange'];
      if (hasValue) {
        let vs = eq + 1;
        while (vs < valueEnd && isBlank(text[vs])) vs++;
        rawValue = text.slice(vs, valueEnd);
        const q = rawValue[0];
        if ((q === '"' || q === "'") && (rawValue.length < 2 || rawValue[rawValue.length - 1] !== q)) {
          error(vs, 'unterminated quoted value');
        }
        ({ value, quoted } = decodeValue(rawValue));
        valueRange = lines.range(vs, Math.max(vs, valueEnd));
      }
      options.push({
        group: group ?? '',
        rawName,
        name,
        loose,
        nameRange: lines.range(s, nameEnd),
        value,
        rawValue,
        quoted,
        ...(valueRange ? { valueRange } : {}),
        range: lines.range(s, hasValue ? Math.max(valueEnd, eq + 1) : nameEnd),
        lineSpan: [ln.start, ln.next],
        ...origin,
      });
    }
  };

  resolver.within(resolver.root, () => parseFile(resolver.root));
  diagnostics.push(...resolver.diagnostics);
  return {
    document: {
      kind: 'mysql',
      path: file.path,
      text: file.text,
      lines: file.lines,
      options,
      groups,
      includes: resolver.includes,
      fragment: flags.fragment,
      complete: !flags.fragment && !resolver.incomplete,
      userFile: flags.userFile,
    },
    diagnostics,
  };
}
