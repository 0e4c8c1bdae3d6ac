import { posix } from 'node:path';
import type { Diagnostic } from '../../../core/diagnostic.js';
import { LineIndex } from '../../../core/range.js';
import { pathFromScan } from '../scan-path.js';
import type { ParseIO, SourceFile } from '../types.js';
import type { SshdArg, SshdDirective, SshdDocument, SshdMatch, SshdSource } from './sshd-document.js';

/** OpenSSH's own limit (SERVCONF_MAX_DEPTH). */
const MAX_INCLUDE_DEPTH = 16;
const MAX_LOADS = 1000;
const GLOB_CHARS = /[*?[]/;

interface MutableMatch {
  directive: SshdDirective;
  criteria: { name: string; value: string }[];
  label: string;
  directives: SshdDirective[];
}

interface Word {
  value: string;
  start: number;
  end: number;
}

/**
 * Splits the rest of a line into arguments like OpenSSH's argv_split: whitespace separates,
 * `"` or `'` quote (also in the middle of a word), backslash escapes quotes, backslash and space,
 * and a `#` at the start of a word ends the line.
 */
function splitArgs(text: string, from: number, to: number, problem: (m: string, at: number) => void): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') break;
    const start = i;
    let value = '';
    let quote: string | null = null;
    while (i < to) {
      const ch = text[i] as string;
      if (quote === null && (ch === ' ' || ch === '\t' || ch === '\r')) break;
      if (ch === '\\' && i + 1 < to) {
        const next = text[i + 1] as string;
        if (next === '"' || next === "'" || next === '\\' || (quote === null && next === ' ')) {
          value += next;
          i += 2;
          continue;
        }
      }
      if (quote === null && (ch === '"' || ch === "'")) {
        quote = ch;
        i++;
        continue;
      }
      if (quote !== null && ch === quote) {
        quote = null;
        i++;
        continue;
      }
      value += ch;
      i++;
    }
    if (quote !== null) problem('unterminated quoted argument', start);
    out.push({ value, start, end: i });
  }
  return out;
}

class SshdLoader {
  readonly sources: SshdSource[] = [];
  readonly directives: SshdDirective[] = [];
  readonly global: SshdDirective[] = [];
  readonly matches: MutableMatch[] = [];
  readonly includes: { directive: SshdDirective; files: string[] }[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private readonly mainDir: string;
  private loads = 0;
  incomplete = false;

  constructor(
    private readonly main: SourceFile,
    private readonly io: ParseIO,
  ) {
    this.mainDir = posix.dirname(main.absPath);
  }

  private diag(
    src: SshdSource,
    level: Diagnostic['level'],
    code: Diagnostic['code'],
    message: string,
    at: number,
  ) {
    const range = src.lines.range(at, at);
    const dup = this.diagnostics.some(
      (d) => d.target === src.path && d.message === message && d.range?.start.offset === at,
    );
    if (!dup) this.diagnostics.push({ code, level, target: src.path, message, range });
  }

  load(
    src: SshdSource,
    inherited: MutableMatch | null,
    includedBy: SshdDirective | undefined,
    chain: string[],
  ) {
    if (!this.seen.has(src.absPath)) {
      this.seen.add(src.absPath);
      this.sources.push(src);
    }
    const { text, lines } = src;
    let match = inherited;
    for (let line = 1; line <= lines.lineCount; line++) {
      const ls = lines.lineStart(line);
      const le = lines.lineEnd(line);
      let i = ls;
      while (i < le && (text[i] === ' ' || text[i] === '\t')) i++;
      if (i >= le || text[i] === '#' || text[i] === '\r') continue;
      let k = i;
      while (k < le && !/[\s=]/.test(text[k] as string)) k++;
      const keyword = text.slice(i, k);
      let a = k;
      while (a < le && (text[a] === ' ' || text[a] === '\t')) a++;
      if (text[a] === '=') a++;
      const words = splitArgs(text, a, le, (m, at) => this.diag(src, 'error', 'parse-error', m, at));
      if (keyword.length === 0) {
        this.diag(src, 'error', 'parse-error', 'line starts with "=" instead of a keyword', i);
        continue;
      }
      const args: SshdArg[] = words.map((w) => ({
        value: w.value,
        raw: text.slice(w.start, w.end),
        range: lines.range(w.start, w.end),
      }));
      const lastEnd = words.length > 0 ? (words[words.length - 1] as Word).end : k;
      const firstStart = words.length > 0 ? (words[0] as Word).start : k;
      const key = keyword.toLowerCase();
      const directive: SshdDirective = {
        keyword,
        key,
        args,
        value: args.map((x) => x.value).join(' '),
        range: lines.range(i, lastEnd),
        keywordRange: lines.range(i, k),
        valueRange: lines.range(firstStart, lastEnd),
        file: src.path,
        match: key === 'match' ? null : match,
        ...(includedBy ? { includedBy } : {}),
      };
      if (key === 'match') {
        const criteria: { name: string; value: string }[] = [];
        for (let j = 0; j < args.length; j++) {
          const name = (args[j] as SshdArg).value.toLowerCase();
          if (name === 'all' || name === 'canonical' || name === 'final') criteria.push({ name, value: '' });
          else criteria.push({ name, value: args[++j]?.value ?? '' });
        }
        if (args.length === 0) this.diag(src, 'error', 'parse-error', 'Match without criteria', i);
        match = { directive, criteria, label: text.slice(firstStart, lastEnd), directives: [] };
        this.matches.push(match);
        continue;
      }
      if (key === 'include') {
        this.include(directive, src, match, [...chain, src.absPath]);
        continue;
      }
      this.directives.push(directive);
      if (match) match.directives.push(directive);
      else this.global.push(directive);
    }
  }

  private resolve(pattern: string): string | null {
    if (pattern.startsWith('/')) {
      if (pattern.startsWith(`${this.mainDir}/`)) return posix.normalize(pattern);
      if (pattern.startsWith('/etc/ssh/')) return posix.join(this.mainDir, pattern.slice('/etc/ssh/'.length));
      return null;
    }
    if (pattern.startsWith('~')) return null;
    return posix.join(this.mainDir, pattern);
  }

  private include(d: SshdDirective, src: SshdSource, match: MutableMatch | null, chain: string[]) {
    const at = d.range.start.offset;
    if (d.args.length === 0) this.diag(src, 'error', 'parse-error', 'Include without a file name', at);
    for (const arg of d.args) {
      const resolved = this.resolve(arg.value);
      if (resolved === null) {
        this.incomplete = true;
        this.diag(
          src,
          'note',
          'unresolved',
          `Include "${arg.value}" is outside the scanned tree and was not followed`,
          at,
        );
        continue;
      }
      const glob = GLOB_CHARS.test(arg.value);
      const files = glob
        ? [...this.io.glob(resolved, this.mainDir)].sort()
        : this.io.readText(resolved) !== undefined
          ? [resolved]
          : [];
      this.includes.push({ directive: d, files: files.map((f) => pathFromScan(this.main, f)) });
      if (files.length === 0 && !glob) {
        this.incomplete = true;
        this.diag(
          src,
          'warning',
          'unresolved',
          `included file "${arg.value}" not found; scan continues without it`,
          at,
        );
      }
      for (const abs of files) {
        if (chain.includes(abs)) {
          this.diag(
            src,
            'warning',
            'parse-error',
            `Include loop: "${arg.value}" includes a file that includes it`,
            at,
          );
          continue;
        }
        if (chain.length >= MAX_INCLUDE_DEPTH) {
          this.diag(
            src,
            'warning',
            'parse-error',
            `Includes nested deeper than ${MAX_INCLUDE_DEPTH} levels are not followed`,
            at,
          );
          continue;
        }
        if (++this.loads > MAX_LOADS) {
          this.diag(
            src,
            'warning',
            'too-large',
            `more than ${MAX_LOADS} inclusions; the rest are not followed`,
            at,
          );
          return;
        }
        const text = this.io.readText(abs);
        if (text === undefined) continue;
        const included: SshdSource = {
          path: pathFromScan(this.main, abs),
          absPath: abs,
          text,
          lines: new LineIndex(text),
        };
        // A Match inside an included file ends with that file (sshd restores the Match state).
        this.load(included, match, d, chain);
      }
    }
  }
}

/** Parses an sshd_config (and what it includes). Never throws. */
export function parseSshd(
  file: SourceFile,
  io: ParseIO,
): { document: SshdDocument; diagnostics: Diagnostic[] } {
  const loader = new SshdLoader(file, io);
  loader.load(
    { path: file.path, absPath: file.absPath, text: file.text, lines: file.lines },
    null,
    undefined,
    [],
  );
  const matches: SshdMatch[] = loader.matches;
  return {
    document: {
      kind: 'sshd',
      path: file.path,
      text: file.text,
      lines: file.lines,
      directives: loader.directives,
      global: loader.global,
      matches,
      firstMatch: matches.find((m) => m.directive.file === file.path)?.directive ?? null,
      sources: loader.sources,
      includes: loader.includes,
      incomplete: loader.incomplete,
    },
    diagnostics: loader.diagnostics,
  };
}
