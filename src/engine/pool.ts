import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileScanResult, FileTask, RuleSelection, ScanFileOptions } from './scan-file.js';

const WORKER_URL = new URL('./scan-worker.js', import.meta.url);

/** Workers need compiled JavaScript; under a TypeScript loader (tests) scans stay in-process. */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

export function defaultConcurrency(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Spreads file tasks over worker threads in small batches (dynamic scheduling, so one huge file
 * does not hold up a whole share). Results stream back through `onResult`; nothing else is
 * kept, so memory stays bounded by the batches in flight.
 */
export async function runInWorkers(
  tasks: readonly FileTask[],
  init: { selection: RuleSelection; options: ScanFileOptions },
  concurrency: number,
  onResult: (r: FileScanResult) => void,
): Promise<void> {
  const batchSize = Math.max(8, Math.min(128, Math.ceil(tasks.length / (concurrency * 8))));
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolveAll, reject) => {
      let active = 0;
      const dispatch = (w: Worker) => {
        if (next >= tasks.length) {
          if (--active === 0) resolveAll();
          return;
        }
        const batch = tasks.slice(next, next + batchSize);
        next += batch.length;
        w.postMessage({ id: next, tasks: batch });
      };
      const n = Math.min(concurrency, Math.ceil(tasks.length / batchSize));
      if (n === 0) return resolveAll();
      for (let i = 0; i < n; i++) {
        const w = new Worker(fileURLToPath(WORKER_URL), { workerData: init });
        workers.push(w);
        active++;
        w.on('message', (msg: { results: FileScanResult[] }) => {
          for (const r of msg.results) onResult(r);
          dispatch(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (code !== 0) reject(new Error(`scan worker exited with code ${code}`));
        });
        dispatch(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
