import { readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { readTextFile } from '../sources/files/read.js';
import type { ParseIO } from '../sources/parsers/types.js';

/** Entries kept by each of diskIO's caches before it starts over. */
const CACHE_LIMIT = 256;

/**
 * The ParseIO parsers get during a real scan: size-limited, binary-safe, cached reads. Globs are
 * cached too: Terraform asks for `*.tfvars` and `*.tfvars.json` in every root module, and each
 * fresh pattern compile and directory read cost more than the match.
 */
export function diskIO(maxFileSize: number): ParseIO {
  const cache = new Map<string, string | undefined>();
  const matchers = new Map<string, (name: string) => boolean>();
  const listings = new Map<string, readonly string[] | undefined>();
  const matcherFor = (pattern: string) => {
    let match = matchers.get(pattern);
    if (!match) {
      match = picomatch(pattern, { dot: false });
      if (matchers.size > CACHE_LIMIT) matchers.clear();
      matchers.set(pattern, match);
    }
    return match;
  };
  const listing = (dir: string): readonly string[] | undefined => {
    if (listings.has(dir)) return listings.get(dir);
    let names: string[] | undefined;
    try {
      names = readdirSync(dir).sort();
    } catch {
      names = undefined;
    }
    if (listings.size > CACHE_LIMIT) listings.clear();
    listings.set(dir, names);
    return names;
  };
  return {
    readText(absPath) {
      if (cache.has(absPath)) return cache.get(absPath);
      const r = readTextFile(absPath, absPath, maxFileSize);
      const text = r.ok ? r.text : undefined;
      if (cache.size > CACHE_LIMIT) cache.clear();
      cache.set(absPath, text);
      return text;
    },
    glob(pattern, cwd) {
      const abs = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
      if (!/[*?[]/.test(abs)) return [abs];
      // Only the last path segment may hold wildcards (nginx/sshd/my.cnf style includes).
      const dir = dirname(abs);
      if (/[*?[]/.test(dir)) return [];
      const match = matcherFor(abs.slice(dir.length + 1));
      return (listing(dir) ?? []).filter((n) => match(n)).map((n) => join(dir, n));
    },
  };
}
