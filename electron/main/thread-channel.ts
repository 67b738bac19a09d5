import type { Worker } from 'node:worker_threads';
import type { WorkerChannel } from './worker-client';
import type { ToWorker } from './worker-protocol';

/** A worker thread as the channel the worker client speaks over. */
export function threadChannel(worker: Worker): WorkerChannel {
  return {
    postMessage: (message: ToWorker, transfer?: ArrayBuffer[]) =>
      worker.postMessage(message, transfer),
    onMessage: (listener) => worker.on('message', listener),
    onExit(listener) {
      let reported = false;
      const report = (reason: string) => {
        if (reported) return;
        reported = true;
        listener(reason);
      };
      // 'error' (an uncaught exception) is followed by 'exit'; the first one names the cause.
      worker.on('error', (error) => report(error.message));
      worker.on('messageerror', (error) => {
        report(`unreadable message: ${error.message}`);
        void worker.terminate();
      });
      worker.on('exit', (code) => report(`the worker exited with code ${code}`));
    },
    terminate: () => void worker.terminate(),
  };
}
