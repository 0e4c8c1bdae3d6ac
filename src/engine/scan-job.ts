import { LineIndex } from '../core/range.js';
import type { AnyRule } from '../core/rule.js';
import { handlerFor } from '../sources/kinds.js';
import type { ParseIO, SourceFile } from '../sources/parsers/types.js';
import type { PoolJob, PoolReply, WorkerInit } from './pool.js';
import { type FileScanResult, type FileTask, scanFile } from './scan-file.js';
import { scanGroup } from './scan-group.js';

/** Runs one pool job, in a worker or on the main thread: the same code, the same results. */
export function runJob(job: PoolJob, rules: readonly AnyRule[], io: ParseIO, init: WorkerInit): PoolReply {
  const results = job.tasks.map((t) => scanFile(t, rules, init.selection, io, init.options));
  return 'group' in job ? withGroup(job.group, job.tasks, results, rules, io, init) : { results };
}

/** Evaluates a grouped kind where it was read; the deferred texts never travel between threads. */
function withGroup(
  kind: string,
  tasks: readonly FileTask[],
  results: FileScanResult[],
  rules: readonly AnyRule[],
  io: ParseIO,
  init: WorkerInit,
): PoolReply {
  const handler = handlerFor(kind);
  if (!handler) return { results };
  const files: SourceFile[] = [];
  const groupTasks: FileTask[] = [];
  const plain: FileScanResult[] = [];
  for (const [i, r] of results.entries()) {
    if (r.deferredText === undefined || r.kind !== kind) {
      plain.push(r);
      continue;
    }
    const task = tasks[i]!;
    files.push({
      path: r.path,
      absPath: task.absPath,
      text: r.deferredText,
      lines: new LineIndex(r.deferredText),
    });
    groupTasks.push(task);
    const { deferredText: _evaluatedHere, ...rest } = r;
    plain.push(rest);
  }
  const group = scanGroup(handler, files, groupTasks, rules, init.selection, io, {
    cwd: init.options.cwd,
    varFiles: init.varFiles,
  });
  return { results: plain, group };
}
