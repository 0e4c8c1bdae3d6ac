import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * Entry of a scan worker thread: runs the bundled worker (scan-worker.bundle.cjs, built by
 * scripts/bundle.js) from V8's code cache for it (scan-worker.bundle.cache, written by the build
 * after a warm-up scan). Every worker otherwise parses the 1.6 MB bundle and compiles each
 * function it calls again: with the cache a thread is ready ~50 ms sooner and spends less time
 * compiling during its first files. V8 checks the cache against the source, its own version and
 * flags, and ignores it when anything differs; the worker then just compiles as usual.
 *
 * With `workerData.writeCodeCache` (the build, scripts/worker-code-cache.js), it writes the cache
 * after the job marked `lastWarmUp` has run, so the cache holds the code the warm-up compiled.
 */
const BUNDLE = fileURLToPath(new URL('./scan-worker.bundle.cjs', import.meta.url));
const CACHE = fileURLToPath(new URL('./scan-worker.bundle.cache', import.meta.url));

function readCache(): Buffer | undefined {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

const cachedData = workerData?.writeCodeCache ? undefined : readCache();
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'utf8')}\n})`,
  { filename: BUNDLE, ...(cachedData ? { cachedData } : {}) },
);
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(
  module.exports,
  module.exports,
  createRequire(BUNDLE),
  module,
  BUNDLE,
  dirname(BUNDLE),
);

const out = workerData?.writeCodeCache as string | undefined;
if (out) {
  // Registered after the bundle's own listener, so it runs once the job has been answered.
  parentPort?.on('message', (job: { lastWarmUp?: boolean }) => {
    if (!job.lastWarmUp) return;
    writeFileSync(`${out}.tmp`, script.createCachedData());
    renameSync(`${out}.tmp`, out);
    parentPort?.postMessage({ codeCacheWritten: out });
  });
}

// Tests ask whether V8 took the cache (null when there was none to take).
if (workerData?.reportCodeCache)
  parentPort?.postMessage({ codeCacheRejected: cachedData ? script.cachedDataRejected : null });
