import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannedFix } from './plan.js';

export interface JournalFile {
  readonly path: string;
  readonly absPath: string;
  readonly mode: number;
  readonly originalHash: string;
  readonly fixedHash: string;
  /** Name of the file under the run's `files/` holding the original bytes. */
  readonly backup: string;
}

export interface JournalRun {
  readonly runId: string;
  readonly createdAt: string;
  readonly root: string;
  readonly files: readonly JournalFile[];
  readonly fixes: readonly PlannedFix[];
  readonly status: 'applied' | 'rolled-back' | 'incomplete';
  readonly verified: boolean;
  readonly rolledBackAt?: string;
  readonly gitBranch?: string;
}

export function journalDir(dataDir: string): string {
  return join(dataDir, 'journal');
}

export function newRunId(now = new Date()): string {
  return `${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

export function runDir(dataDir: string, runId: string): string {
  if (!/^[0-9TZ]+-[0-9a-f]{6}$/.test(runId)) throw new Error(`not a fix run id: ${runId}`);
  return join(journalDir(dataDir), runId);
}

export function writeRun(dataDir: string, run: JournalRun): void {
  const dir = runDir(dataDir, run.runId);
  mkdirSync(join(dir, 'files'), { recursive: true });
  writeFileSync(join(dir, 'run.json'), `${JSON.stringify(run, null, 2)}\n`);
}

export function saveBackup(dataDir: string, runId: string, name: string, bytes: Buffer): void {
  const dir = join(runDir(dataDir, runId), 'files');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes, { mode: 0o600 });
}

export function readBackup(dataDir: string, runId: string, name: string): Buffer {
  return readFileSync(join(runDir(dataDir, runId), 'files', name));
}

export function readRun(dataDir: string, runId: string): JournalRun | undefined {
  const file = join(runDir(dataDir, runId), 'run.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as JournalRun;
}

/** Runs, newest first. */
export function listRuns(dataDir: string): JournalRun[] {
  const dir = journalDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .reverse()
    .map((id) => {
      try {
        return readRun(dataDir, id);
      } catch {
        return undefined;
      }
    })
    .filter((r): r is JournalRun => r !== undefined);
}
