import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Connector, defaultConnector } from './connector.js';
import { redoUnfinished, type Share, type ShareLimits, scanShare } from './scan-loop.js';
import { buildPlan, type OpenPort, type PortScanResult, portsOf, tally } from './scan-plan.js';
import { type ScanWorkerData, type ScanWorkerMessage, WORKER } from './scan-worker-protocol.js';

export { isLoopback } from './scan-loop.js';
export type { OpenPort, PortScanResult } from './scan-plan.js';

export interface ScanJob {
  readonly host: string;
  readonly ports: readonly number[];
}

export interface PortScanOptions {
  /** Sockets in flight at once, all hosts together (default 2000). */
  readonly concurrency?: number;
  /** Sockets in flight at once per host (default: no limit beyond `concurrency`). */
  readonly perHostConcurrency?: number;
  /** Connect attempts per second, all hosts together (default: unlimited). */
  readonly rate?: number;
  /** Connect attempts per second per host (default: unlimited). */
  readonly perHostRate?: number;
  /** Connect timeout; a port that neither accepts nor refuses by then is "filtered". */
  readonly timeoutMs?: number;
  readonly connector?: Connector;
  readonly signal?: AbortSignal;
  /** Called for each open port as soon as it is found, before the scan ends. */
  readonly onOpen?: (port: OpenPort) => void;
}

/**
 * Below this many attempts a second thread costs more to start (~30 ms) than it saves: the whole
 * scan takes about as long on one thread.
 */
const PARALLEL_MIN_ATTEMPTS = 4096;
/** A rate split over two threads keeps its burst allowance (a tenth of a second's worth) from ~20/s. */
const PARALLEL_MIN_RATE = 20;

let workerFile: URL | null | undefined;

/** The worker entry next to this module, when it exists (dist, or the sources run through tsx). */
function scanWorkerFile(): URL | undefined {
  if (workerFile === undefined) {
    const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
    const url = new URL(`./scan-worker.${ext}`, import.meta.url);
    workerFile = url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
  }
  return workerFile ?? undefined;
}

function limitsOf(opts: PortScanOptions, concurrency: number, perHost: number, part: number): ShareLimits {
  return {
    concurrency,
    perHostConcurrency: perHost,
    rate: opts.rate !== undefined && opts.rate > 0 ? opts.rate * part : undefined,
    perHostRate: opts.perHostRate !== undefined && opts.perHostRate > 0 ? opts.perHostRate * part : undefined,
    timeoutMs: opts.timeoutMs,
  };
}

function canSplit(opts: PortScanOptions, attempts: number, concurrency: number, perHost: number): boolean {
  const rateOk = (r: number | undefined) => r === undefined || r <= 0 || r >= PARALLEL_MIN_RATE;
  return (
    opts.connector === undefined &&
    attempts >= PARALLEL_MIN_ATTEMPTS &&
    concurrency >= 2 &&
    perHost >= 2 &&
    rateOk(opts.rate) &&
    rateOk(opts.perHostRate) &&
    availableParallelism() >= 2 &&
    scanWorkerFile() !== undefined
  );
}

/**
 * Starts the worker thread. `ended` settles true once it has finished its part, false when it
 * could not start, died, or was stopped.
 */
function startHelper(
  data: ScanWorkerData,
  onOpen: (host: number, position: number) => void,
): { ended: Promise<boolean>; stop(): void } {
  let worker: Worker;
  try {
    worker = new Worker(scanWorkerFile() as URL, { workerData: data });
  } catch {
    return { ended: Promise.resolve(false), stop: () => undefined };
  }
  const ended = new Promise<boolean>((resolve) => {
    worker.on('message', (m: ScanWorkerMessage) => {
      if ('open' in m) onOpen(m.open[0], m.open[1]);
      else resolve(true);
    });
    worker.once('error', () => resolve(false));
    worker.once('exit', () => resolve(false));
  });
  return { ended, stop: () => void worker.terminate() };
}

/**
 * TCP connect scan. Large scans are shared with one worker thread: both claim attempts from one
 * plan in shared memory, each within half of every limit (sockets in flight, overall and per host,
 * rates), so the limits hold for the scan as a whole. Should the worker fail, this thread takes the
 * whole budget back and makes again any attempt the worker left unfinished.
 */
export function portScan(jobs: readonly ScanJob[], opts: PortScanOptions = {}): Promise<PortScanResult> {
  const started = performance.now();
  const connector = opts.connector ?? defaultConnector();
  const concurrency = Math.max(1, opts.concurrency ?? 2000);
  const perHost = Math.max(1, opts.perHostConcurrency ?? concurrency);
  const scanned = jobs.filter((j) => j.ports.length > 0);
  const attempts = scanned.reduce((n, j) => n + j.ports.length, 0);
  const split = canSplit(opts, attempts, concurrency, perHost);
  const plan = buildPlan(scanned, split);
  const reportOpen = (h: number, position: number) =>
    opts.onOpen?.({ host: plan.hosts[h] as string, port: portsOf(plan, h)[position] as number });
  const whole = limitsOf(opts, concurrency, perHost, 1);

  if (!split) {
    const share = scanShare(plan, whole, connector, reportOpen);
    const abort = () => share.stop();
    opts.signal?.addEventListener('abort', abort, { once: true });
    if (opts.signal?.aborted) share.stop();
    return share.finished.then(() => {
      opts.signal?.removeEventListener('abort', abort);
      return tally(plan, performance.now() - started);
    });
  }

  const control = new Int32Array(new SharedArrayBuffer(4));
  const mine = limitsOf(opts, Math.ceil(concurrency / 2), Math.ceil(perHost / 2), 0.5);
  const theirs = limitsOf(opts, Math.floor(concurrency / 2), Math.floor(perHost / 2), 0.5);
  const share: Share = scanShare(plan, mine, connector, reportOpen);
  const helper = startHelper({ plan, limits: theirs, control }, reportOpen);
  void helper.ended.then((ok) => {
    if (!ok) share.widen(whole);
  });

  let aborted = false;
  const abort = () => {
    aborted = true;
    share.stop();
    helper.stop();
  };
  opts.signal?.addEventListener('abort', abort, { once: true });
  if (opts.signal?.aborted) abort();

  return (async () => {
    await share.finished;
    // Everything is claimed. A worker that has not started yet has nothing to do: decline it.
    const declined = Atomics.compareExchange(control, 0, WORKER.idle, WORKER.declined) === WORKER.idle;
    const ok = declined || (await helper.ended);
    helper.stop();
    opts.signal?.removeEventListener('abort', abort);
    if (!ok && !aborted) await redoUnfinished(plan, whole, connector, reportOpen);
    return tally(plan, performance.now() - started);
  })();
}
