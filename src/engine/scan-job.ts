import { LineIndex } from '../core/range.js';
import type { AnyRule } from '../core/rule.js';
import { handlerFor } from '../sources/kinds.js';
import type { ParseIO, SourceFile } from '../sources/parsers/types.js';
import type { PoolJob, PoolReply, WorkerInit } from './pool.js';
import { type FileTask, scanFile } from './scan-file.js';
import { type GroupScanResult, scanGroup } from './scan-group.js';

/** Runs one pool job, in a worker or on the main thread: the same code, the same results. */
export function runJob(job: PoolJob, rules: readonly AnyRule[], io: ParseIO, init: WorkerInit): PoolReply {
  if ('group' in job) return { results: [], group: evaluateGroup(job, rules, io, init) };
  const results = job.tasks.map((t) => scanFile(t, rules, init.selection, io, init.options));
  if (!job.textOnly) return { results };
  // Their group job evaluates these files; the text goes no further.
  return { results: results.map(({ deferredText: _evaluatedApart, ...rest }) => rest) };
}

/**
 * Evaluates a set of grouped files where they were read; the texts never travel between threads.
 * A file that cannot be read is left out quietly: its text-only job reports why.
 */
function evaluateGroup(
  job: Extract<PoolJob, { group: string }>,
  rules: readonly AnyRule[],
  io: ParseIO,
  init: WorkerInit,
): GroupScanResult {
  const handler = handlerFor(job.group);
  if (!handler) return { findings: [], diagnostics: [] };
  const files: SourceFile[] = [];
  const tasks: FileTask[] = [];
  for (const [i, task] of job.tasks.entries()) {
    const text = job.texts?.[i] ?? io.readText(task.absPath);
    if (text === undefined) continue;
    files.push({ path: task.path, absPath: task.absPath, text, lines: new LineIndex(text) });
    tasks.push(task);
  }
  return scanGroup(handler, files, tasks, rules, init.selection, io, {
    cwd: init.options.cwd,
    varFiles: init.varFiles,
  });
}
