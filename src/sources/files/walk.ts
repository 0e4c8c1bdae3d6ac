import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Diagnostic } from '../../core/diagnostic.js';

export interface WalkOptions {
  /** Glob patterns (relative to each root, or any depth with `**`) to leave out. */
  readonly exclude?: readonly string[];
  readonly respectGitignore?: boolean;
  /** Directory names never entered. */
  readonly skipDirs?: readonly string[];
}

export interface WalkedFile {
  readonly absPath: string;
  /** Relative to the working directory, forward slashes. */
  readonly path: string;
  /** Relative to the scan root it came from, forward slashes (used for fingerprints). */
  readonly rootPath: string;
  readonly root: string;
}

export const DEFAULT_SKIP_DIRS = ['.git', '.hg', '.svn', 'node_modules', '.plumb', '.terraform'];

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/**
 * Walks the given roots depth-first, honouring .gitignore files at every level, excludes and a
 * set of directories never entered. Symlinks to directories are followed once: a loop (a
 * directory whose real path is already on the stack) yields a diagnostic instead of recursion.
 */
export function* walk(
  roots: readonly string[],
  cwd: string,
  options: WalkOptions = {},
  onDiagnostic: (d: Diagnostic) => void = () => {},
): Generator<WalkedFile> {
  const skip = new Set(options.skipDirs ?? DEFAULT_SKIP_DIRS);
  const excludeMatchers = (options.exclude ?? []).map((g) =>
    picomatch(g.includes('/') ? g.replace(/^\.\//, '') : `**/${g}`, { dot: true }),
  );
  const excluded = (rel: string) => excludeMatchers.some((m) => m(rel) || m(`${rel}/`));
  const seenFiles = new Set<string>();

  for (const rootArg of roots) {
    const root = resolve(cwd, rootArg);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(root);
    } catch (e) {
      onDiagnostic({
        code: 'unreadable',
        level: 'error',
        target: toPosix(relative(cwd, root)) || rootArg,
        message: `cannot read: ${(e as Error).message}`,
      });
      continue;
    }
    if (st.isFile()) {
      const rel = toPosix(relative(cwd, root));
      yield { absPath: root, path: rel, rootPath: basename(root), root: dirname(root) };
      continue;
    }
    const ignoreStack: { dir: string; ig: Ignore }[] = [];
    const realStack: string[] = [];
    // Paths are built by appending names (relative() per entry was a tenth of the walk).
    const rootFromCwd = toPosix(relative(cwd, root));
    yield* walkDir(root, root, '');

    // Real paths are resolved only at the root and where a symlink is followed; below a real
    // directory the real path of a child is its parent's plus its name (no syscall per folder).
    function* walkDir(
      dir: string,
      rootDir: string,
      dirRel: string,
      knownReal?: string,
    ): Generator<WalkedFile> {
      let real: string;
      try {
        real = knownReal ?? realpathSync.native(dir);
      } catch (e) {
        onDiagnostic({
          code: 'unreadable',
          level: 'error',
          target: toPosix(relative(cwd, dir)),
          message: `cannot resolve: ${(e as Error).message}`,
        });
        return;
      }
      if (realStack.includes(real)) {
        onDiagnostic({
          code: 'symlink-loop',
          level: 'warning',
          target: toPosix(relative(cwd, dir)),
          message: `symlink loop: ${toPosix(relative(cwd, dir))} points back to ${toPosix(relative(cwd, real)) || '.'}`,
        });
        return;
      }
      let entries: import('node:fs').Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        onDiagnostic({
          code: 'unreadable',
          level: 'error',
          target: toPosix(relative(cwd, dir)) || '.',
          message: `cannot list directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        });
        return;
      }
      realStack.push(real);
      let pushedIgnore = false;
      if (options.respectGitignore !== false && entries.some((e) => e.name === '.gitignore')) {
        try {
          ignoreStack.push({ dir, ig: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) });
          pushedIgnore = true;
        } catch {
          // An unreadable .gitignore ignores nothing; the walk goes on.
        }
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const abs = join(dir, entry.name);
        const relRoot = dirRel ? `${dirRel}/${entry.name}` : entry.name;
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            const target = statSync(abs);
            isDir = target.isDirectory();
            isFile = target.isFile();
          } catch {
            continue; // dangling link: nothing to scan
          }
        }
        if (isDir && skip.has(entry.name)) continue;
        if (excluded(relRoot)) continue;
        if (isIgnored(abs, isDir)) continue;
        if (isDir) {
          yield* walkDir(abs, rootDir, relRoot, entry.isSymbolicLink() ? undefined : join(real, entry.name));
        } else if (isFile) {
          const key = abs;
          if (seenFiles.has(key)) continue;
          seenFiles.add(key);
          const path = rootFromCwd ? `${rootFromCwd}/${relRoot}` : relRoot;
          yield { absPath: abs, path, rootPath: relRoot, root: rootDir };
        }
      }
      realStack.pop();
      if (pushedIgnore) ignoreStack.pop();
    }

    function isIgnored(abs: string, isDir: boolean): boolean {
      for (const { dir, ig } of ignoreStack) {
        const rel = toPosix(relative(dir, abs));
        if (!rel || rel.startsWith('..')) continue;
        if (ig.ignores(isDir ? `${rel}/` : rel)) return true;
      }
      return false;
    }
  }
}
