import { closeSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../../core/diagnostic.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file as UTF-8 text, refusing (with a diagnostic) files over the size limit, binary
 * files (a NUL byte in the first 8 KiB) and invalid UTF-8. Reads at most limit+1 bytes, so a
 * huge or growing file never lands in memory.
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
    const buf = Buffer.allocUnsafe(Math.min(maxSize + 1, 64 * 1024));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxSize) {
        return {
          ok: false,
          diagnostic: {
            code: 'too-large',
            level: 'warning',
            target: displayPath,
            message: `skipped: larger than the ${formatBytes(maxSize)} limit (--max-file-size)`,
          },
        };
      }
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    const data = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
    const head = data.subarray(0, 8192);
    if (head.includes(0)) {
      return {
        ok: false,
        diagnostic: { code: 'binary', level: 'note', target: displayPath, message: 'skipped: binary file' },
      };
    }
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
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
