import { accessSync, constants, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import {
  type JournalFile,
  type JournalRun,
  listRuns,
  newRunId,
  readBackup,
  readRun,
  saveBackup,
  writeRun,
} from './journal.js';
import { acquireTreeLock } from './lock.js';
import { type FixPlan, hashText, type PlannedFile } from './plan.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export class FixRefused extends Error {}

export interface ApplyOptions {
  readonly dataDir: string;
  /** Files outside this directory are never written. */
  readonly root: string;
}

export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

export interface ApplyResult {
  readonly run: JournalRun | undefined;
  readonly written: readonly PlannedFile[];
  readonly skipped: readonly SkippedFile[];
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Why a planned file must not be written, or undefined when it is safe to write. */
export function refusal(file: PlannedFile, rootReal: string): string | undefined {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(file.absPath);
  } catch {
    return 'the file no longer exists';
  }
  let real: string;
  try {
    real = realpathSync(file.absPath);
  } catch {
    return 'the file cannot be resolved';
  }
  if (!inside(rootReal, real))
    return st.isSymbolicLink()
      ? 'it is a symlink that points outside the scan root'
      : 'it is outside the scan root';
  try {
    accessSync(real, constants.W_OK);
  } catch {
    return 'it is read-only';
  }
  if ((statSync(real).mode & 0o222) === 0) return 'it is read-only';
  return undefined;
}

function decodeForHash(bytes: Buffer): { text: string; bom: boolean } {
  const bom = bytes.subarray(0, 3).equals(BOM);
  return { text: (bom ? bytes.subarray(3) : bytes).toString('utf8'), bom };
}

/**
 * Writes a plan: takes the tree lock, re-checks each file's hash (a file changed since planning is
 * refused), journals the original bytes, writes atomically keeping mode and byte-order mark,
 * then reads back to verify the written text is exactly the planned one.
 */
export function applyPlan(plan: FixPlan, options: ApplyOptions): ApplyResult {
  const rootReal = realpathSync(options.root);
  const release = acquireTreeLock(options.dataDir, rootReal);
  try {
    const skipped: SkippedFile[] = [];
    const ready: { file: PlannedFile; bytes: Buffer; bom: boolean; mode: number; real: string }[] = [];
    for (const file of plan.files) {
      const why = refusal(file, rootReal);
      if (why) {
        skipped.push({ path: file.path, reason: `not written: ${why}` });
        continue;
      }
      const real = realpathSync(file.absPath);
      const bytes = readFileSync(real);
      const { text, bom } = decodeForHash(bytes);
      if (hashText(text) !== file.originalHash) {
        skipped.push({
          path: file.path,
          reason: 'not written: the file changed after the fixes were planned; run plumb fix again',
        });
        continue;
      }
      ready.push({ file, bytes, bom, mode: statSync(real).mode, real });
    }
    if (ready.length === 0) return { run: undefined, written: [], skipped };

    const runId = newRunId();
    const journalFiles: JournalFile[] = ready.map((r, i) => ({
      path: r.file.path,
      absPath: r.real,
      mode: r.mode & 0o7777,
      originalHash: hashText(decodeForHash(r.bytes).text),
      fixedHash: hashText(r.file.fixed),
      backup: `${i}.orig`,
    }));
    for (const [i, r] of ready.entries()) saveBackup(options.dataDir, runId, `${i}.orig`, r.bytes);
    const base: JournalRun = {
      runId,
      createdAt: new Date().toISOString(),
      root: rootReal,
      files: journalFiles,
      fixes: ready.flatMap((r) => r.file.fixes),
      status: 'incomplete',
      verified: false,
    };
    // Journal first: a crash mid-way leaves an "incomplete" run that rollback can still restore.
    writeRun(options.dataDir, base);
    let verified = true;
    for (const r of ready) {
      const out = r.bom
        ? Buffer.concat([BOM, Buffer.from(r.file.fixed, 'utf8')])
        : Buffer.from(r.file.fixed, 'utf8');
      writeFileAtomic(r.real, out, r.mode);
      if (decodeForHash(readFileSync(r.real)).text !== r.file.fixed) verified = false;
    }
    const run: JournalRun = { ...base, status: 'applied', verified };
    writeRun(options.dataDir, run);
    return { run, written: ready.map((r) => r.file), skipped };
  } finally {
    release();
  }
}

export interface RollbackResult {
  readonly run: JournalRun;
  readonly restored: readonly string[];
}

/**
 * Restores a run's files byte for byte. Refuses, naming the files, when any of them changed
 * after the fix (someone edited it since), so a rollback never destroys later work.
 */
export function rollbackRun(dataDir: string, runId: string | undefined): RollbackResult {
  const run = runId ? readRun(dataDir, runId) : listRuns(dataDir).find((r) => r.status !== 'rolled-back');
  if (!run)
    throw new FixRefused(runId ? `no fix run ${runId} in ${dataDir}/journal` : 'no fix run to roll back');
  if (run.status === 'rolled-back') throw new FixRefused(`fix run ${run.runId} was already rolled back`);
  const release = acquireTreeLock(dataDir, run.root);
  try {
    const changed: string[] = [];
    for (const f of run.files) {
      let current: string | undefined;
      try {
        current = hashText(decodeForHash(readFileSync(f.absPath)).text);
      } catch {
        current = undefined;
      }
      // An incomplete run may have stopped before writing this file: then it still holds the original.
      if (current !== f.fixedHash && !(run.status === 'incomplete' && current === f.originalHash))
        changed.push(f.path);
    }
    if (changed.length) {
      throw new FixRefused(
        `not rolling back ${run.runId}: ${changed.join(', ')} changed after the fix (restore by hand from ${dataDir}/journal/${run.runId}/files)`,
      );
    }
    for (const f of run.files) writeFileAtomic(f.absPath, readBackup(dataDir, run.runId, f.backup), f.mode);
    const done: JournalRun = { ...run, status: 'rolled-back', rolledBackAt: new Date().toISOString() };
    writeRun(dataDir, done);
    return { run: done, restored: run.files.map((f) => f.path) };
  } finally {
    release();
  }
}
