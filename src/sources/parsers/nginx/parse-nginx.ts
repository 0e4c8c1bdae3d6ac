import { posix } from 'node:path';
import type { Diagnostic } from '../../../core/diagnostic.js';
import { LineIndex } from '../../../core/range.js';
import { pathFromScan } from '../scan-path.js';
import type { ParseIO, SourceFile } from '../types.js';
import type { NginxArg, NginxDirective, NginxDocument, NginxInclude, NginxSource } from './nginx-document.js';
import { type NginxToken, tokenizeNginx } from './tokenize-nginx.js';

/** Blocks nested deeper than this are skipped (nginx itself has no real config this deep). */
const MAX_BLOCK_DEPTH = 64;
const MAX_INCLUDE_DEPTH = 16;
const MAX_FILES = 500;
/** Total file parses, counting a file included many times once per inclusion (fan-out bombs). */
const MAX_LOADS = 2000;

/** Where distributions keep nginx.conf: absolute includes under these map to the scanned tree. */
const CONF_PREFIXES = [
  '/etc/nginx/',
  '/usr/local/nginx/conf/',
  '/usr/local/etc/nginx/',
  '/opt/homebrew/etc/nginx/',
  '/usr/local/openresty/nginx/conf/',
];

const GLOB_CHARS = /[*?[]/;

interface MutableDirective {
  name: string;
  args: NginxArg[];
  range: NginxDirective['range'];
  nameRange: NginxDirective['range'];
  children?: NginxDirective[];
  open?: NginxDirective['range'];
  close?: NginxDirective['range'] | null;
  file: string;
  includedBy?: NginxDirective;
}

interface Frame {
  readonly block: MutableDirective | null;
  readonly children: NginxDirective[];
  readonly discard: boolean;
}

class NginxLoader {
  readonly sources: NginxSource[] = [];
  readonly includes: NginxInclude[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private readonly diagnosed = new Set<string>();
  private readonly mainDir: string;
  private loads = 0;

  constructor(
    private readonly main: SourceFile,
    private readonly io: ParseIO,
  ) {
    this.mainDir = posix.dirname(main.absPath);
  }

  /** Parses one file; `chain` is the list of files including it (absolute paths), for loop detection. */
  load(src: NginxSource, includedBy: NginxDirective | undefined, chain: readonly string[]): NginxDirective[] {
    if (!this.seen.has(src.absPath)) {
      this.seen.add(src.absPath);
      this.sources.push(src);
    }
    const report = !this.diagnosed.has(src.absPath);
    this.diagnosed.add(src.absPath);
    const problem = (message: string, offset: number, level: Diagnostic['level'] = 'error') => {
      if (!report) return;
      this.diagnostics.push({
        code: 'parse-error',
        level,
        target: src.path,
        message,
        range: src.lines.range(offset, offset),
      });
    };

    const { tokens, problems } = tokenizeNginx(src.text);
    for (const p of problems) problem(p.message, p.offset);

    const lines = src.lines;
    const root: Frame = { block: null, children: [], discard: false };
    const stack: Frame[] = [root];
    let words: NginxToken[] = [];
    let depthWarned = false;

    const top = () => stack[stack.length - 1] as Frame;
    const toArg = (t: NginxToken): NginxArg => ({
      value: t.value,
      raw: src.text.slice(t.start, t.end),
      quoted: t.quoted,
      variable: /\$(?:\{?[A-Za-z_0-9])/.test(t.value),
      range: lines.range(t.start, t.end),
    });
    const make = (ws: NginxToken[], end: number): MutableDirective => {
      const first = ws[0] as NginxToken;
      return {
        name: first.value,
        args: ws.slice(1).map(toArg),
        range: lines.range(first.start, end),
        nameRange: lines.range(first.start, first.end),
        file: src.path,
        ...(includedBy ? { includedBy } : {}),
      };
    };
    const emit = (d: MutableDirective) => {
      const frame = top();
      if (frame.discard) return;
      if (d.name === 'include' && !d.children) {
        for (const inc of this.expandInclude(d as NginxDirective, src, [...chain, src.absPath]))
          frame.children.push(inc);
        return;
      }
      frame.children.push(d as NginxDirective);
    };

    for (const tok of tokens) {
      if (tok.kind === 'word') {
        words.push(tok);
        continue;
      }
      if (tok.kind === ';') {
        if (words.length === 0) {
          problem('unexpected ";"', tok.start, 'warning');
          continue;
        }
        emit(make(words, tok.end));
        words = [];
        continue;
      }
      if (tok.kind === '{') {
        if (words.length === 0) {
          problem('unexpected "{"', tok.start);
          stack.push({ block: null, children: [], discard: true });
          continue;
        }
        const d = make(words, tok.end);
        words = [];
        d.children = [];
        d.open = lines.range(tok.start, tok.end);
        const parent = top();
        const tooDeep = stack.length > MAX_BLOCK_DEPTH;
        if (tooDeep && !depthWarned) {
          problem(`blocks nested deeper than ${MAX_BLOCK_DEPTH} levels are skipped`, tok.start);
          depthWarned = true;
        }
        if (!parent.discard && !tooDeep) parent.children.push(d as NginxDirective);
        stack.push({ block: d, children: d.children, discard: parent.discard || tooDeep });
        continue;
      }
      // '}'
      if (words.length > 0) {
        const last = words[words.length - 1] as NginxToken;
        problem('missing ";" before "}"', last.end);
        emit(make(words, last.end));
        words = [];
      }
      if (stack.length === 1) {
        problem('unexpected "}"', tok.start);
        continue;
      }
      const frame = stack.pop() as Frame;
      if (frame.block) {
        frame.block.close = lines.range(tok.start, tok.end);
        frame.block.range = lines.range(frame.block.range.start.offset, tok.end);
      }
    }
    if (words.length > 0) {
      const last = words[words.length - 1] as NginxToken;
      problem('unexpected end of file, expecting ";" or "}"', last.end);
      emit(make(words, last.end));
    }
    while (stack.length > 1) {
      const frame = stack.pop() as Frame;
      if (frame.block) {
        problem(
          `unexpected end of file: block "${frame.block.name}" is not closed`,
          frame.block.range.start.offset,
        );
        frame.block.close = null;
        frame.block.range = lines.range(frame.block.range.start.offset, src.text.length);
      }
    }
    return root.children;
  }

  private note(
    src: NginxSource,
    d: NginxDirective,
    level: Diagnostic['level'],
    code: Diagnostic['code'],
    message: string,
  ) {
    const key = `${src.absPath}:${d.range.start.offset}:${message}`;
    if (this.diagnosed.has(key)) return;
    this.diagnosed.add(key);
    this.diagnostics.push({ code, level, target: src.path, message, range: d.range });
  }

  /** Candidate absolute patterns for an include argument, most likely first; null when outside the tree. */
  private candidates(pattern: string, src: NginxSource): string[] | null {
    if (pattern.startsWith('/')) {
      if (pattern.startsWith(`${this.mainDir}/`)) return [posix.normalize(pattern)];
      for (const prefix of CONF_PREFIXES) {
        if (pattern.startsWith(prefix)) return [posix.join(this.mainDir, pattern.slice(prefix.length))];
      }
      // A custom prefix: map `/opt/app/nginx/conf.d/x.conf` onto a scanned `.../nginx/` directory.
      const segments = pattern.split('/');
      const at = segments.lastIndexOf(posix.basename(this.mainDir));
      if (at > 0 && at < segments.length - 1) return [posix.join(this.mainDir, ...segments.slice(at + 1))];
      return null;
    }
    const out = [posix.join(this.mainDir, pattern)];
    const local = posix.join(posix.dirname(src.absPath), pattern);
    if (local !== out[0]) out.push(local);
    return out;
  }

  private expandInclude(d: NginxDirective, src: NginxSource, chain: readonly string[]): NginxDirective[] {
    const arg = d.args[0];
    if (!arg || d.args.length !== 1) {
      this.note(src, d, 'warning', 'parse-error', 'include takes exactly one argument');
      return [];
    }
    if (arg.variable) {
      this.note(src, d, 'note', 'unresolved', `include "${arg.value}" uses a variable and was not followed`);
      return [];
    }
    const candidates = this.candidates(arg.value, src);
    if (candidates === null) {
      this.note(
        src,
        d,
        'note',
        'unresolved',
        `include "${arg.value}" is outside the scanned tree and was not followed`,
      );
      return [];
    }
    const glob = GLOB_CHARS.test(arg.value);
    let files: string[] = [];
    for (const c of candidates) {
      files = glob ? [...this.io.glob(c, this.mainDir)].sort() : this.io.readText(c) !== undefined ? [c] : [];
      if (files.length > 0) break;
    }
    this.includes.push({ directive: d, files: files.map((f) => pathFromScan(this.main, f)) });
    if (files.length === 0) {
      if (!glob)
        this.note(
          src,
          d,
          'warning',
          'unresolved',
          `included file "${arg.value}" not found; scan continues without it`,
        );
      return [];
    }
    const out: NginxDirective[] = [];
    for (const abs of files) {
      if (chain.includes(abs)) {
        this.note(
          src,
          d,
          'warning',
          'parse-error',
          `include loop: "${arg.value}" includes a file that includes it`,
        );
        continue;
      }
      if (chain.length >= MAX_INCLUDE_DEPTH) {
        this.note(
          src,
          d,
          'warning',
          'parse-error',
          `includes nested deeper than ${MAX_INCLUDE_DEPTH} levels are not followed`,
        );
        continue;
      }
      if (++this.loads > MAX_LOADS) {
        this.note(
          src,
          d,
          'warning',
          'too-large',
          `more than ${MAX_LOADS} inclusions; the rest are not followed`,
        );
        break;
      }
      if (!this.seen.has(abs) && this.seen.size >= MAX_FILES) {
        this.note(
          src,
          d,
          'warning',
          'too-large',
          `more than ${MAX_FILES} included files; the rest are not followed`,
        );
        break;
      }
      const text = this.io.readText(abs);
      if (text === undefined) {
        this.note(src, d, 'warning', 'unreadable', `included file "${abs}" could not be read`);
        continue;
      }
      const included: NginxSource = {
        path: pathFromScan(this.main, abs),
        absPath: abs,
        text,
        lines: new LineIndex(text),
      };
      for (const loaded of this.load(included, d, chain)) out.push(loaded);
    }
    return out;
  }
}

const MAIN_BLOCKS = new Set(['http', 'events', 'stream', 'mail']);

/** Parses an nginx configuration and everything it includes into one directive tree. */
export function parseNginx(
  file: SourceFile,
  io: ParseIO,
): { document: NginxDocument; diagnostics: Diagnostic[] } {
  const loader = new NginxLoader(file, io);
  const main: NginxSource = { path: file.path, absPath: file.absPath, text: file.text, lines: file.lines };
  const directives = loader.load(main, undefined, []);
  return {
    document: {
      kind: 'nginx',
      path: file.path,
      text: file.text,
      lines: file.lines,
      directives,
      sources: loader.sources,
      includes: loader.includes,
      isMain: directives.some((d) => MAIN_BLOCKS.has(d.name) && d.children !== undefined),
    },
    diagnostics: loader.diagnostics,
  };
}
