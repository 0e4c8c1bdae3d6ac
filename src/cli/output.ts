import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Writes a report to a file atomically (temp + rename), or to stdout. A report may come in
 * pieces (the JSON report of a large tree), written one after the other.
 */
export function emit(report: string | Iterable<string>, output: string | undefined, cwd: string): void {
  const pieces = typeof report === 'string' ? [report] : report;
  if (!output || output === '-') {
    for (const piece of pieces) process.stdout.write(piece);
    return;
  }
  const target = resolve(cwd, output);
  if (isSpecialFile(target)) {
    // /dev/null, /dev/stdout, a FIFO: write straight into it. Renaming a temp file over it would
    // replace the device with a regular file (as root, a broken /dev/null for everyone).
    const fd = openSync(target, 'w');
    try {
      for (const piece of pieces) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    return;
  }
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, target);
}

/** An existing path that is not a regular file (a device, a pipe, a socket). */
function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false; // missing: a new regular file
  }
}
