import type { Diagnostic } from '../../core/diagnostic.js';
import { LineIndex, type Range } from '../../core/range.js';
import { pathFromScan } from './scan-path.js';
import type { ParseIO, SourceFile } from './types.js';

/**
 * Include handling shared by the line-oriented server configs (redis.conf, postgresql.conf,
 * pg_hba.conf, my.cnf). A parser walks its root file, and for each include directive asks the
 * resolver for the files to read next; the resolver finds them through ParseIO only, stops
 * loops and runaway trees, and remembers what it could not find so rules can tell a complete
 * configuration from a partial one.
 */

/** One file taking part in a configuration (the root file or one it includes). */
export interface ConfFile {
  /** Path relative to the working directory (forward slashes), as used in findings. */
  readonly path: string;
  readonly absPath: string;
  readonly text: string;
  readonly lines: LineIndex;
  /** True for the document's own file. */
  readonly own: boolean;
  /**
   * True when the file is its own scan target too (its name is detected as the same kind), so
   * findings inside it are reported by that file's document and not again through the includer.
   */
  readonly scannedSeparately: boolean;
  readonly depth: number;
}

/** An include directive, resolved or not. */
export interface ConfInclude {
  /** Target as written (unquoted). */
  readonly target: string;
  readonly file: string;
  readonly range: Range;
  readonly optional: boolean;
  /** The target was located (a directory without matching files counts). */
  readonly found: boolean;
  /** Files read for it, in order (empty when it matched nothing). */
  readonly resolved: readonly string[];
}

/**
 * Whether a file (path relative to the working directory, and its text) is detected as the same
 * kind on its own, by name or by content, so a scan of the tree reads it as its own document.
 */
export type DetectedAlone = (path: string, text: string) => boolean;

export type IncludeMode =
  /** A single file. */
  | { readonly type: 'file' }
  /** A glob pattern (wildcards in the last segment); a plain path acts as a file. */
  | { readonly type: 'glob' }
  /** Every file in a directory whose name matches `pattern` (e.g. `*.cnf`). */
  | { readonly type: 'dir'; readonly pattern: string };

export interface ResolverLimits {
  readonly maxDepth: number;
  readonly maxFiles: number;
}

const DEFAULT_LIMITS: ResolverLimits = { maxDepth: 10, maxFiles: 100 };

function normalizeAbs(p: string): string {
  const parts: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

function dirOf(abs: string): string {
  const i = abs.lastIndexOf('/');
  return i <= 0 ? '/' : abs.slice(0, i);
}

function segments(abs: string): string[] {
  return abs.split('/').filter((s) => s !== '');
}

/** The working directory the file's relative path is relative to. */
export function cwdOf(file: Pick<SourceFile, 'path' | 'absPath'>): string {
  return knownCwdOf(file) ?? dirOf(normalizeAbs(file.absPath));
}

/**
 * The working directory when the file's two paths tell it; undefined for a file outside it
 * (`../repo/x.conf`), whose path does not say how far up the working directory is.
 */
function knownCwdOf(file: Pick<SourceFile, 'path' | 'absPath'>): string | undefined {
  const abs = normalizeAbs(file.absPath);
  const rel = file.path.replace(/\\/g, '/').replace(/^\.\//, '');
  return abs.endsWith(`/${rel}`) ? abs.slice(0, abs.length - rel.length - 1) || '/' : undefined;
}

/** `abs` relative to `cwd` when inside it, otherwise `abs` itself. */
export function relativeTo(cwd: string, abs: string): string {
  if (cwd === '/') return abs.slice(1);
  return abs.startsWith(`${cwd}/`) ? abs.slice(cwd.length + 1) : abs;
}

/**
 * Where an include target may live. Relative targets are resolved against the including file's
 * directory. Absolute targets name paths on the server (`/etc/mysql/conf.d/`), so they are
 * rebased onto the scanned tree: first where the including file's directory ends with the
 * target's leading segments (a checkout of `/etc` keeps its layout), then under the working
 * directory (a tree that mirrors the filesystem), then beside the including file (a container
 * build context with `conf.d/` next to `my.cnf`). A host path outside the scanned tree is never
 * read, so scanning a repository does not pick up the scanning machine's own configuration.
 */
export function includeCandidates(target: string, fromAbs: string, cwd: string): string[] {
  const from = dirOf(normalizeAbs(fromAbs));
  const t = target.replace(/\\/g, '/');
  if (!t.startsWith('/')) return [normalizeAbs(`${from}/${t}`)];
  const want = segments(normalizeAbs(t));
  const have = segments(from);
  const out: string[] = [];
  for (let k = Math.min(have.length, want.length); k >= 1; k--) {
    const tail = have.slice(have.length - k);
    if (tail.every((s, i) => s === want[i])) out.push(normalizeAbs(`${from}/${want.slice(k).join('/')}`));
  }
  out.push(normalizeAbs(`${cwd}/${want.join('/')}`));
  const last = want[want.length - 1];
  if (last !== undefined) out.push(normalizeAbs(`${from}/${last}`));
  return [...new Set(out)];
}

const hasWildcard = (s: string) => /[*?[]/.test(s);

export class IncludeResolver {
  readonly files: ConfFile[] = [];
  readonly includes: ConfInclude[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly root: ConfFile;
  private readonly stack: string[] = [];
  private readonly cwd: string;
  private readonly cwdKnown: boolean;

  constructor(
    file: SourceFile,
    private readonly io: ParseIO,
    private readonly detectedAlone: DetectedAlone,
    private readonly limits: ResolverLimits = DEFAULT_LIMITS,
  ) {
    this.cwd = cwdOf(file);
    this.cwdKnown = knownCwdOf(file) !== undefined;
    this.root = {
      path: file.path,
      absPath: normalizeAbs(file.absPath),
      text: file.text,
      lines: file.lines,
      own: true,
      scannedSeparately: false,
      depth: 0,
    };
    this.files.push(this.root);
  }

  /** True when an include could not be followed; rules then avoid "setting is missing" claims. */
  get incomplete(): boolean {
    return this.includes.some((i) => !i.optional && !i.found);
  }

  /**
   * Runs `body` for `file` with loop protection: the file is on the include stack meanwhile.
   * Call it for the root file too.
   */
  within(file: ConfFile, body: () => void): void {
    this.stack.push(file.absPath);
    try {
      body();
    } finally {
      this.stack.pop();
    }
  }

  /**
   * Resolves one include directive found in `from` and returns the files to parse, in order.
   * Missing targets, loops and limits become diagnostics (never exceptions).
   */
  resolve(from: ConfFile, target: string, range: Range, mode: IncludeMode, optional = false): ConfFile[] {
    const out: ConfFile[] = [];
    let found = false;
    const record = () =>
      this.includes.push({
        target,
        file: from.path,
        range,
        optional,
        found,
        resolved: out.map((f) => f.path),
      });
    if (target.trim() === '') {
      this.diagnostics.push(this.diag('parse-error', 'error', from, range, 'include without a file name'));
      record();
      return out;
    }
    if (from.depth + 1 > this.limits.maxDepth) {
      this.diagnostics.push(
        this.diag(
          'parse-error',
          'warning',
          from,
          range,
          `includes nested deeper than ${this.limits.maxDepth}`,
        ),
      );
      record();
      return out;
    }
    const { paths, exists } = this.lookup(from, target, mode);
    found = exists;
    for (const abs of paths) {
      if (this.stack.includes(abs)) {
        this.diagnostics.push(
          this.diag('parse-error', 'warning', from, range, `include loop: ${target} is already being read`),
        );
        continue;
      }
      if (this.files.length >= this.limits.maxFiles) {
        this.diagnostics.push(
          this.diag(
            'parse-error',
            'warning',
            from,
            range,
            `more than ${this.limits.maxFiles} included files`,
          ),
        );
        break;
      }
      const text = this.io.readText(abs);
      if (text === undefined) continue;
      const path = this.cwdKnown ? relativeTo(this.cwd, abs) : pathFromScan(this.root, abs);
      const file: ConfFile = {
        path,
        absPath: abs,
        text,
        lines: new LineIndex(text),
        own: false,
        scannedSeparately: path !== abs && this.detectedAlone(path, text),
        depth: from.depth + 1,
      };
      this.files.push(file);
      out.push(file);
    }
    if (!found && !optional) {
      this.diagnostics.push(
        this.diag(
          'unresolved',
          'note',
          from,
          range,
          `include target not found in the scanned tree: ${target}`,
        ),
      );
    }
    record();
    return out;
  }

  /**
   * The files an include names, from the first candidate location that exists. `exists` is
   * also true for a directory that holds no matching file (an empty conf.d is not an error).
   */
  private lookup(from: ConfFile, target: string, mode: IncludeMode): { paths: string[]; exists: boolean } {
    let exists = false;
    for (const base of includeCandidates(target, from.absPath, this.cwd)) {
      let found: string[];
      if (mode.type === 'dir') {
        found = this.io.glob(`${base}/${mode.pattern}`, dirOf(from.absPath));
      } else if (mode.type === 'glob' && hasWildcard(base)) {
        found = this.io.glob(base, dirOf(from.absPath));
      } else {
        found = [base];
      }
      const files = found
        .map(normalizeAbs)
        .filter((p) => mode.type === 'file' || !(p.split('/').pop() ?? '').startsWith('.'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      // A glob that the IO answers with the literal path (no wildcard) still has to exist.
      const existing = files.filter((p) => this.stack.includes(p) || this.io.readText(p) !== undefined);
      if (existing.length > 0) return { paths: existing, exists: true };
      if (!exists && mode.type === 'dir') exists = this.io.glob(`${base}/*`, dirOf(from.absPath)).length > 0;
    }
    return { paths: [], exists };
  }

  diag(
    code: Diagnostic['code'],
    level: Diagnostic['level'],
    file: ConfFile,
    range: Range,
    message: string,
  ): Diagnostic {
    return { code, level, target: file.path, message, range };
  }
}

/** Lines longer than this are skipped with a diagnostic (no real config line comes close). */
export const MAX_LINE_LENGTH = 65_536;

export interface TextLine {
  /** 1-based line number. */
  readonly line: number;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just before the line break (`\r\n` or `\n`). */
  readonly end: number;
  /** Offset of the next line (after the break), or the text length. */
  readonly next: number;
}

/** The lines of a text with their offsets, without allocating the line strings. */
export function* textLines(text: string): Generator<TextLine> {
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const next = nl === -1 ? text.length : nl + 1;
    let end = nl === -1 ? text.length : nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    yield { line, start, end, next };
    start = next;
    line++;
  }
}

/** True for text a config file never contains: NUL and most C0 control characters. */
export function hasBinaryJunk(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) return true;
  }
  return false;
}
