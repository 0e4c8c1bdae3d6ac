// Writes V8's code cache for the bundled scan worker (part of `npm run build`, after bundle.js):
// a worker thread runs one warm-up scan over the project's examples and test fixtures, then saves
// the code compiled for it, which every later worker loads instead of parsing and compiling the
// bundle again (see src/engine/cached-worker.ts). Flags are part of V8's cache check, so this
// applies the same V8 tuning as bin/plumb.js. Best effort: without the cache workers still run.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist', 'engine', 'scan-worker.bundle.cache');
const { tuneForBatch } = await import('../dist/engine/v8-tuning.js');
tuneForBatch();

function* filesUnder(dir) {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* filesUnder(p);
    else if (e.isFile()) yield p;
  }
}

const tasks = ['examples', 'test/fixtures']
  .flatMap((d) => [...filesUnder(join(ROOT, d))])
  .map((absPath) => ({ absPath, path: relative(ROOT, absPath), root: ROOT }));
const terraform = tasks.filter((t) => /\.tf(vars)?(\.json)?$/.test(t.path));
// The shapes of the scan's own jobs: file batches, text-only batches and Terraform groups.
const jobs = [
  { tasks: tasks.filter((t) => !terraform.includes(t)) },
  { tasks: terraform, textOnly: true },
  { group: 'terraform', tasks: terraform, lastWarmUp: true },
];

const worker = new Worker(join(ROOT, 'dist', 'engine', 'cached-worker.js'), {
  workerData: {
    selection: { disabled: [], options: {} },
    options: { maxFileSize: 5 * 1024 * 1024, cwd: ROOT },
    varFiles: [],
    writeCodeCache: OUT,
  },
});
const written = new Promise((resolveWritten, reject) => {
  worker.on('message', (m) => {
    if (m?.codeCacheWritten) resolveWritten(m.codeCacheWritten);
  });
  worker.on('error', reject);
  worker.on('exit', (code) => reject(new Error(`warm-up worker exited with code ${code}`)));
});
for (const job of jobs) worker.postMessage(job);
let timer;
const timeout = new Promise((_, reject) => {
  timer = setTimeout(() => reject(new Error('the warm-up took over 120 s')), 120_000);
});
try {
  await Promise.race([written, timeout]);
} catch (e) {
  console.warn(`worker code cache not written (${e.message}); scan workers will compile as usual`);
} finally {
  clearTimeout(timer);
  await worker.terminate();
}
