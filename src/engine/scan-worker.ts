import { parentPort, workerData } from 'node:worker_threads';
import { RULES } from '../rules/index.js';
import { diskIO } from './file-io.js';
import type { PoolJob, WorkerInit } from './pool.js';
import { selectRules } from './scan-file.js';
import { runJob } from './scan-job.js';

/** Worker side of the scan pool: one reply per job, in the order the jobs arrive. */
const init = workerData as WorkerInit;
const rules = selectRules(RULES, init.selection);
const io = diskIO(init.options.maxFileSize);

parentPort?.on('message', (job: PoolJob) => {
  parentPort?.postMessage(runJob(job, rules, io, init));
});
