import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../core/diagnostic.js';
import type {
  FileScanResult,
  FileTask,
  RuleSelection,
  ScanFileOptions,
  ScannedFinding,
} from './scan-file.js';

/**
 * The build bundles the worker into one file (scripts/bundle.js), run from V8's code cache by
 * cached-worker.js: a worker loading ~1,000 modules one by one spends ~0.3 s of CPU before its
 * first file; the cached bundle is ready in ~0.1 s (~0.05 s sooner than without the cache).
 * Without a build, the modules.
 */
const WORKER_URL = existsSync(fileURLToPath(new URL('./scan-worker.bundle.cjs', import.meta.url)))
  ? new URL('./cached-worker.js', import.meta.url)
  : new URL('./scan-worker.js', import.meta.url);

/** Workers need compiled JavaScript; under a TypeScript loader (tests) scans stay in-process. */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

export function defaultConcurrency(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export interface WorkerInit {
  readonly selection: RuleSelection;
  readonly options: ScanFileOptions;
  /** Extra Terraform variable files, absolute. */
  readonly varFiles: readonly string[];
}

/**
 * A unit of work: a batch of independent files, or a set of files of one grouped kind to evaluate
 * together (Terraform modules).
 * - `textOnly` batches hold grouped files: they get only the checks every text file gets
 *   (secrets), while their group job evaluates them; the two run apart, often on two threads.
 * - A group job's `texts`, when given, are its files' contents already read (by the partition),
 *   index for index with `tasks`; a missing one is read again.
 */
export type PoolJob =
  | { readonly tasks: readonly FileTask[]; readonly textOnly?: boolean }
  | {
      readonly group: string;
      readonly tasks: readonly FileTask[];
      readonly texts?: readonly (string | undefined)[];
    };

export interface PoolReply {
  readonly results: FileScanResult[];
  /** Findings of a group job's evaluated documents (Terraform modules). */
  readonly group?: { readonly findings: ScannedFinding[]; readonly diagnostics: Diagnostic[] };
}

/**
 * Jobs in flight per worker: one running and two queued, so a worker never waits while the main
 * thread, which hands out jobs only between its own, is busy with a long one.
 */
const IN_FLIGHT = 3;
/** Jobs in flight per worker when it helps with the calling thread's share (see feed). */
const STEAL_IN_FLIGHT = 2;

/**
 * A pool of scan workers plus the calling thread. Workers start loading the rule set as soon as
 * the pool exists (the engine creates it while the file walk is still running); jobs are handed
 * out on demand, so one long job (a Terraform group) does not hold up batches queued behind it.
 * The calling thread, which has the rules loaded already, takes jobs too while it waits: on two
 * cores one worker and the main thread beat two workers and an idle main thread, since every
 * extra isolate compiles and garbage-collects the same code again.
 */
export class ScanPool {
  private readonly workers: Worker[] = [];
  private readonly queue: PoolJob[] = [];
  /** Jobs the calling thread takes first (workers only when they would otherwise idle). */
  private readonly hereFirst: PoolJob[] = [];
  private readonly inFlight: number[] = [];
  private pending = 0;
  private failure: Error | undefined;
  private settle: { resolve: () => void; reject: (e: Error) => void } | undefined;

  constructor(
    init: WorkerInit,
    size: number,
    private readonly onReply: (reply: PoolReply) => void,
    private readonly runHere?: (job: PoolJob) => PoolReply,
  ) {
    for (let w = 0; w < size; w++) {
      const worker = new Worker(fileURLToPath(WORKER_URL), { workerData: init });
      this.workers.push(worker);
      this.inFlight.push(0);
      worker.on('message', (reply: PoolReply) => {
        this.inFlight[w]!--;
        this.pending--;
        try {
          this.onReply(reply);
        } catch (e) {
          this.fail(e as Error);
        }
        this.feed(w);
        this.maybeSettle();
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (code !== 0 && this.pending > 0) this.fail(new Error(`scan worker exited with code ${code}`));
      });
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Queues jobs. `here` ones go to the calling thread first: giving one kind of work (Terraform
   * groups) to one thread means only that thread warms its code up, which on a short scan is a
   * good part of the cost. Workers take them only when nothing else is left.
   */
  submit(jobs: readonly PoolJob[], options: { here?: boolean } = {}): void {
    (options.here && this.runHere ? this.hereFirst : this.queue).push(...jobs);
    this.pending += jobs.length;
    for (let w = 0; w < this.workers.length; w++) this.feed(w);
  }

  /** Resolves when every submitted job has replied; terminates the workers either way. */
  async drain(): Promise<void> {
    try {
      if (this.runHere) await this.workHere(this.runHere);
      await new Promise<void>((resolve, reject) => {
        this.settle = { resolve, reject };
        this.maybeSettle();
      });
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Takes queued jobs on this thread, yielding between them so worker replies keep flowing. */
  private async workHere(run: (job: PoolJob) => PoolReply): Promise<void> {
    const next = () => this.hereFirst.shift() ?? this.queue.shift();
    for (let job = next(); job && !this.failure; job = next()) {
      const reply = run(job);
      this.pending--;
      this.onReply(reply);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private feed(w: number): void {
    while (this.inFlight[w]! < IN_FLIGHT && this.queue.length > 0) {
      this.workers[w]!.postMessage(this.queue.shift());
      this.inFlight[w]!++;
    }
    // A worker with nothing else left helps with the calling thread's share rather than wait,
    // smallest jobs first. It holds two: the calling thread, busy with a job of its own, answers
    // a reply only after that job, and a worker holding one would idle until then.
    while (this.queue.length === 0 && this.inFlight[w]! < STEAL_IN_FLIGHT && this.hereFirst.length > 0) {
      this.workers[w]!.postMessage(this.hereFirst.pop());
      this.inFlight[w]!++;
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.maybeSettle();
  }

  private maybeSettle(): void {
    if (!this.settle) return;
    if (this.failure) this.settle.reject(this.failure);
    else if (this.pending === 0) this.settle.resolve();
  }
}
