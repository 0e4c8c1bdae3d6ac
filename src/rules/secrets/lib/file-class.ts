/**
 * What kind of file a path names, as far as secrets are concerned. Lock files are full of
 * integrity hashes and are skipped by every detector; minified bundles are skipped by the weak
 * (keyword or entropy based) detectors but still checked for prefixed tokens, since a live key
 * baked into a shipped bundle is a real leak.
 */
export type FileClass = 'lock' | 'minified' | 'normal';

const LOCK_FILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'composer.lock',
  'gemfile.lock',
  'cargo.lock',
  'poetry.lock',
  'pipfile.lock',
  'pdm.lock',
  'uv.lock',
  'go.sum',
  'flake.lock',
  'mix.lock',
  'packages.lock.json',
  'gradle.lockfile',
  'podfile.lock',
  'package.resolved',
  '.terraform.lock.hcl',
]);

const MINIFIED = /[.-]min\.(?:js|mjs|cjs|css)$|\.(?:js|mjs|cjs|css)\.map$|\.bundle\.js$/i;

/** The last answer: every secrets detector asks about the same file in turn. */
let last: { path: string; cls: FileClass } = { path: '', cls: 'normal' };

export function fileClass(path: string): FileClass {
  if (last.path === path) return last.cls;
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const cls =
    LOCK_FILES.has(base) || base.endsWith('.lock') || base.endsWith('.lockfile')
      ? 'lock'
      : MINIFIED.test(base)
        ? 'minified'
        : 'normal';
  last = { path, cls };
  return cls;
}

/** Lines longer than this are data blobs or minified code; generic detectors skip them. */
export const MAX_GENERIC_LINE = 10_000;
