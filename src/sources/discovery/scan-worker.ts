import { parentPort, workerData } from 'node:worker_threads';
import { defaultConnector } from './connector.js';
import { scanShare } from './scan-loop.js';
import { type ScanWorkerData, WORKER } from './scan-worker-protocol.js';

// A second thread for a large scan (see scan.ts): the kernel work of a connect is paid by the thread
// that calls it, so two threads on two cores make nearly twice as many attempts per second.
const { plan, limits, control } = workerData as ScanWorkerData;
const port = parentPort;
if (port) {
  if (Atomics.compareExchange(control, 0, WORKER.idle, WORKER.joined) !== WORKER.idle) {
    // The main thread finished the whole plan before this thread was up.
    port.postMessage({ done: true });
  } else {
    const share = scanShare(plan, limits, defaultConnector(), (host, position) =>
      port.postMessage({ open: [host, position] }),
    );
    await share.finished;
    port.postMessage({ done: true });
  }
}
