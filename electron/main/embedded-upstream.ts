import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ApiUpstream } from './api-upstream';
import type { CaseServiceWorkerData } from './case-service-worker-data';
import { threadChannel } from './thread-channel';
import { connectWorker } from './worker-client';
import { superviseWorker } from './worker-supervisor';

/**
 * The in-process service is addressed at a made-up https origin: it never touches the
 * network (requests are handed to `fetch` directly), but https lets the service mark its
 * cookie Secure exactly as it would behind a real TLS endpoint. `.localhost` is reserved and
 * can never resolve to somebody else's host.
 */
export const EMBEDDED_ORIGIN = 'https://desk.localhost';

/** Opening, recovering and migrating a large embedded database can take a while. */
const STARTUP_TIMEOUT_MS = 120_000;
/** Closing waits for the last checkpoint to be signed and the database flushed. */
const CLOSE_TIMEOUT_MS = 15_000;

export function embeddedDataDir(userDataDir: string): string {
  return join(userDataDir, 'case-service');
}

/**
 * Starts the embedded case service in a worker thread running `workerScript` (the bundled
 * case-service-worker.cjs), so that a long push or import never blocks main and the window.
 */
export async function startEmbeddedUpstream(
  userDataDir: string,
  workerScript: string,
): Promise<ApiUpstream> {
  const workerData: CaseServiceWorkerData = {
    dataDir: embeddedDataDir(userDataDir),
    secureCookies: true,
  };
  const service = await superviseWorker(() =>
    connectWorker(threadChannel(new Worker(workerScript, { workerData })), {
      startupTimeoutMs: STARTUP_TIMEOUT_MS,
      closeTimeoutMs: CLOSE_TIMEOUT_MS,
    }),
  );
  return {
    kind: 'embedded',
    origin: EMBEDDED_ORIGIN,
    fetch: (request) => service.fetch(request),
    close: () => service.close(),
  };
}
