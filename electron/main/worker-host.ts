import {
  headerPairs,
  isNullBodyStatus,
  parseToWorker,
  requestFromMessage,
  type FromWorker,
  type ToWorker,
} from './worker-protocol';

/** The worker's end of the channel to main. */
export interface HostPort {
  postMessage(message: FromWorker, transfer?: ArrayBuffer[]): void;
  onMessage(listener: (data: unknown) => void): void;
}

export interface HostedService {
  fetch(request: Request): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Runs the service behind the port: answers `ready` once it has started (or `failed`),
 * then serves every request concurrently, each response as a head and its body in chunks,
 * and closes it on `close`. Requests are never refused for being many: the service itself
 * decides what waits for what.
 */
export function hostService(
  port: HostPort,
  start: () => Promise<HostedService>,
  onClosed: () => void,
): void {
  const bodies = new Map<number, ReadableStreamDefaultReader<Uint8Array>>();
  const started = start().then(
    (service) => {
      port.postMessage({ type: 'ready' });
      return service;
    },
    (error: unknown) => {
      port.postMessage({ type: 'failed', message: messageOf(error) });
      return null;
    },
  );
  let closing: Promise<void> | null = null;

  port.onMessage((data) => {
    const message = parseToWorker(data);
    if (message === null) return;
    switch (message.type) {
      case 'request':
        void started.then((service) => serve(service, message));
        return;
      case 'cancel':
        void bodies
          .get(message.id)
          ?.cancel()
          .catch(() => undefined);
        return;
      case 'close':
        closing ??= started.then(async (service) => {
          try {
            await service?.close();
          } finally {
            port.postMessage({ type: 'closed' });
            onClosed();
          }
        });
        return;
    }
  });

  async function serve(
    service: HostedService | null,
    message: ToWorker & { type: 'request' },
  ): Promise<void> {
    const { id } = message;
    if (service === null || closing !== null) {
      port.postMessage({ type: 'error', id, message: 'the case service is not running' });
      return;
    }
    let response: Response;
    try {
      response = await service.fetch(requestFromMessage(message));
    } catch (error) {
      port.postMessage({ type: 'error', id, message: messageOf(error) });
      return;
    }
    port.postMessage({
      type: 'head',
      id,
      status: response.status,
      statusText: response.statusText,
      headers: headerPairs(response.headers),
    });
    if (response.body === null || isNullBodyStatus(response.status)) {
      port.postMessage({ type: 'end', id });
      return;
    }
    const reader = response.body.getReader();
    bodies.set(id, reader);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        // A copy of just these bytes, moved rather than cloned: the chunk may be a view on
        // a larger shared buffer, which must neither cross whole nor be detached here.
        const bytes = value.slice();
        port.postMessage({ type: 'chunk', id, bytes }, [bytes.buffer]);
      }
      port.postMessage({ type: 'end', id });
    } catch (error) {
      port.postMessage({ type: 'error', id, message: messageOf(error) });
    } finally {
      bodies.delete(id);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
