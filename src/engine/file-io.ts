import { readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { readTextFile } from '../sources/files/read.js';
import type { ParseIO } from '../sources/parsers/types.js';

/** The ParseIO parsers get during a real scan: size-limited, binary-safe, cached reads. */
export function diskIO(maxFileSize: number): ParseIO {
  const cache = new Map<string, string | undefined>();
  return {
    readText(absPath) {
      if (cache.has(absPath)) return cache.get(absPath);
      const r = readTextFile(absPath, absPath, maxFileSize);
      const text = r.ok ? r.text : undefined;
      if (cache.size > 256) cache.clear();
      cache.set(absPath, text);
      return text;
    },
    glob(pattern, cwd) {
      const abs = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
      if (!/[*?[]/.test(abs)) return [abs];
      // Only the last path segment may hold wildcards (nginx/sshd/my.cnf style includes).
      const dir = dirname(abs);
      if (/[*?[]/.test(dir)) return [];
      const match = picomatch(abs.slice(dir.length + 1), { dot: false });
      try {
        return readdirSync(dir)
          .filter((n) => match(n))
          .sort()
          .map((n) => join(dir, n));
      } catch {
        return [];
      }
    },
  };
}
