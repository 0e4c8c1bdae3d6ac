import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class LockError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One fix run per tree: an exclusive lock file named after the tree's root. A lock left by a
 * process that no longer exists is taken over; a live one is refused with its owner's pid.
 */
export function acquireTreeLock(dataDir: string, root: string): () => void {
  const dir = join(dataDir, 'locks');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `fix-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, root, since: new Date().toISOString() }));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let owner: { pid?: number } = {};
      try {
        owner = JSON.parse(readFileSync(file, 'utf8')) as { pid?: number };
      } catch {
        owner = {};
      }
      if (owner.pid && alive(owner.pid) && owner.pid !== process.pid) {
        throw new LockError(
          `another fix run (pid ${owner.pid}) is working on ${root}; try again when it ends`,
        );
      }
      unlinkSync(file);
    }
  }
  throw new LockError(`could not take the fix lock for ${root}`);
}
