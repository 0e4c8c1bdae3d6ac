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
 * Spreads file tasks over worker threads. Every batch is queued at once, round-robin, so the
 * workers never wait for the main thread (which meanwhile evaluates grouped kinds such as
 * Terraform modules); results stream back through `onResult` as batches finish.
 */
export function runInWorkers(
  tasks: readonly FileTask[],
  init: { selection: RuleSelection; options: ScanFileOptions },
  concurrency: number,
  onResult: (r: FileScanResult) => void,
): Promise<void> {
  const batchSize = Math.max(8, Math.min(64, Math.ceil(tasks.length / (concurrency * 16))));
  const batches: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += batchSize) batches.push(tasks.slice(i, i + batchSize));
  const n = Math.min(concurrency, batches.length);
  if (n === 0) return Promise.resolve();
  const workers: Worker[] = [];
  const done = new Promise<void>((resolveAll, reject) => {
    let pending = batches.length;
    for (let w = 0; w < n; w++) {
      const worker = new Worker(fileURLToPath(WORKER_URL), { workerData: init });
      workers.push(worker);
      worker.on('message', (msg: { results: FileScanResult[] }) => {
        for (const r of msg.results) onResult(r);
        if (--pending === 0) resolveAll();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0 && pending > 0) reject(new Error(`scan worker exited with code ${code}`));
      });
    }
    for (const [i, tasksOfBatch] of batches.entries())
      workers[i % n]!.postMessage({ id: i, tasks: tasksOfBatch });
  });
  return done.finally(() => Promise.all(workers.map((w) => w.terminate())).then(() => undefined));
}
