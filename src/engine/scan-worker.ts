import { parentPort, workerData } from 'node:worker_threads';
import { RULES } from '../rules/index.js';
import { diskIO } from './file-io.js';
import {
  type FileTask,
  type RuleSelection,
  type ScanFileOptions,
  scanFile,
  selectRules,
} from './scan-file.js';

/** Worker side of the scan pool: scans the batches of files it is sent, one reply per batch. */
interface WorkerInit {
  readonly selection: RuleSelection;
  readonly options: ScanFileOptions;
}

const init = workerData as WorkerInit;
const rules = selectRules(RULES, init.selection);
const io = diskIO(init.options.maxFileSize);

parentPort?.on('message', (batch: { id: number; tasks: FileTask[] }) => {
  const results = batch.tasks.map((t) => scanFile(t, rules, init.selection, io, init.options));
  parentPort?.postMessage({ id: batch.id, results });
});
