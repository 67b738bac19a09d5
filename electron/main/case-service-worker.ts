import { parentPort, workerData } from 'node:worker_threads';
import { startCaseService } from '../../server/case-service';
import { parseWorkerData } from './case-service-worker-data';
import { hostService } from './worker-host';
import type { FromWorker } from './worker-protocol';

// Wiring only: the embedded case service in its own thread, so that a long push or import
// keeps this thread's event loop, never main's. The protocol lives in worker-host.ts.

const port = parentPort;
if (port === null) throw new Error('the case service worker must run in a worker thread');
const options = parseWorkerData(workerData);

hostService(
  {
    postMessage: (message: FromWorker, transfer?: ArrayBuffer[]) =>
      port.postMessage(message, transfer),
    onMessage: (listener) => port.on('message', listener),
  },
  async () => {
    if (!options.ok) throw new Error(options.message);
    return startCaseService({ dataDir: options.dataDir, secureCookies: options.secureCookies });
  },
  () => port.close(),
);
