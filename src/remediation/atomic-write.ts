import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's content atomically: write a temporary file in the same directory (same
 * filesystem, so rename is atomic), fsync it, keep the original mode, rename over the target,
 * then fsync the directory so the rename itself survives a crash.
 */
export function writeFileAtomic(target: string, data: Buffer | string, mode?: number): void {
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.plumb-${randomBytes(6).toString('hex')}.tmp`);
  const fileMode = mode ?? statSync(target, { throwIfNoEntry: false })?.mode ?? 0o644;
  const fd = openSync(tmp, 'wx', fileMode & 0o7777);
  try {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, target);
  } catch (e) {
    unlinkSync(tmp);
    throw e;
  }
  try {
    const dfd = openSync(dir, 'r');
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // Some filesystems refuse fsync on directories; the rename is still atomic.
  }
}
