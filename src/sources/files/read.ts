import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../../core/diagnostic.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * Reads a file as UTF-8 text, refusing (with a diagnostic) files over the size limit, binary
 * files (a NUL byte in the first 8 KiB) and invalid UTF-8. It reads at most limit+1 bytes even
 * when the file grows while being read, so a huge file never lands in memory.
 */
export function readTextFile(
  absPath: string,
  displayPath: string,
  maxSize = DEFAULT_MAX_FILE_SIZE,
): ReadResult {
  let fd: number;
  try {
    fd = openSync(absPath, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return {
      ok: false,
      diagnostic: {
        code: 'unreadable',
        level: 'error',
        target: displayPath,
        message: `cannot read file (${code})`,
      },
    };
  }
  try {
    const tooLarge: ReadResult = {
      ok: false,
      diagnostic: {
        code: 'too-large',
        level: 'warning',
        target: displayPath,
        message: `skipped: larger than the ${formatBytes(maxSize)} limit (--max-file-size)`,
      },
    };
    const size = fstatSync(fd).size;
    if (size > maxSize) return tooLarge;
    // One buffer of the stated size plus a byte, to notice a file that grew since fstat.
    let buf = Buffer.allocUnsafe(Math.min(size, maxSize) + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > maxSize) return tooLarge;
      if (total === buf.length) {
        // The file grew since fstat: keep reading into a larger buffer, up to the limit.
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxSize + 1));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
    }
    const data = buf.subarray(0, total);
    if (data.subarray(0, 8192).includes(0)) {
      return {
        ok: false,
        diagnostic: { code: 'binary', level: 'note', target: displayPath, message: 'skipped: binary file' },
      };
    }
    if (!isUtf8(data)) {
      return {
        ok: false,
        diagnostic: {
          code: 'invalid-encoding',
          level: 'warning',
          target: displayPath,
          message: 'skipped: not valid UTF-8 text',
        },
      };
    }
    let text = data.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return {
      ok: false,
      diagnostic: {
        code: 'unreadable',
        level: 'error',
        target: displayPath,
        message: `cannot read file (${code})`,
      },
    };
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
