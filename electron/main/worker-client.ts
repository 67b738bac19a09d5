import {
  headersFromPairs,
  isNullBodyStatus,
  parseFromWorker,
  requestMessage,
  type FromWorker,
  type ToWorker,
} from './worker-protocol';

/** Main's end of the channel to the worker (a worker thread, or a fake in tests). */
export interface WorkerChannel {
  postMessage(message: ToWorker, transfer?: ArrayBuffer[]): void;
  onMessage(listener: (data: unknown) => void): void;
  /** The worker is gone: it exited, crashed or never loaded. Called once. */
  onExit(listener: (reason: string) => void): void;
  terminate(): void;
}

export interface WorkerClient {
  /** Settles once the service has started, or failed to. */
  ready: Promise<void>;
  fetch(request: Request): Promise<Response>;
  /** Closes the service cleanly, or stops the worker when it does not answer in time. */
  close(): Promise<void>;
  /** False once the worker has gone, whatever the reason. */
  alive(): boolean;
}

export interface WorkerClientOptions {
  /** Opening and migrating a large embedded database takes a while; a hung one does not end. */
  startupTimeoutMs: number;
  /** How long a clean close may take before the worker is stopped. */
  closeTimeoutMs: number;
}

export class WorkerGone extends Error {
  constructor(reason: string) {
    super(`The case service stopped: ${reason}`);
    this.name = 'WorkerGone';
  }
}

interface Pending {
  resolve(response: Response): void;
  reject(error: Error): void;
  body: ReadableStreamDefaultController<Uint8Array> | null;
}

export function connectWorker(channel: WorkerChannel, options: WorkerClientOptions): WorkerClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let gone: string | null = null;
  let onReady: { resolve(): void; reject(error: Error): void } | null = null;
  let onClosed: (() => void) | null = null;

  const ready = new Promise<void>((resolve, reject) => {
    onReady = { resolve, reject };
  });
  // Unobserved until someone awaits it; a failed start must not also be an unhandled rejection.
  ready.catch(() => undefined);
  const startupTimer = setTimeout(() => {
    if (onReady === null) return;
    settleReady(new Error(`it did not start within ${options.startupTimeoutMs / 1000} s`));
    channel.terminate();
  }, options.startupTimeoutMs);

  function settleReady(error?: Error): void {
    const waiting = onReady;
    onReady = null;
    clearTimeout(startupTimer);
    if (error) waiting?.reject(error);
    else waiting?.resolve();
  }

  channel.onMessage((data) => {
    const message = parseFromWorker(data);
    if (message !== null) receive(message);
  });

  channel.onExit((reason) => {
    gone = reason;
    settleReady(new WorkerGone(reason));
    onClosed?.();
    for (const [id, request] of pending) fail(id, request, new WorkerGone(reason));
  });

  function receive(message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        return settleReady();
      case 'failed':
        return settleReady(new Error(message.message));
      case 'closed':
        return onClosed?.();
      case 'head': {
        const request = pending.get(message.id);
        if (!request) return;
        const { id } = message;
        const body = isNullBodyStatus(message.status)
          ? null
          : new ReadableStream<Uint8Array>({
              start(controller) {
                request.body = controller;
              },
              cancel() {
                pending.delete(id);
                if (gone === null) channel.postMessage({ type: 'cancel', id });
              },
            });
        request.resolve(
          new Response(body, {
            status: message.status,
            statusText: message.statusText,
            headers: headersFromPairs(message.headers),
          }),
        );
        return;
      }
      case 'chunk':
        pending.get(message.id)?.body?.enqueue(message.bytes);
        return;
      case 'end': {
        const request = pending.get(message.id);
        pending.delete(message.id);
        request?.body?.close();
        return;
      }
      case 'error': {
        const request = pending.get(message.id);
        if (request) fail(message.id, request, new Error(message.message));
        return;
      }
    }
  }

  function fail(id: number, request: Pending, error: Error): void {
    pending.delete(id);
    if (request.body) request.body.error(error);
    else request.reject(error);
  }

  return {
    ready,
    alive: () => gone === null,
    async fetch(request) {
      if (gone !== null) throw new WorkerGone(gone);
      const id = nextId++;
      const { message, transfer } = await requestMessage(id, request);
      return new Promise<Response>((resolve, reject) => {
        if (gone !== null) return reject(new WorkerGone(gone));
        pending.set(id, { resolve, reject, body: null });
        channel.postMessage(message, transfer);
      });
    },
    async close() {
      if (gone !== null) return;
      const closed = new Promise<void>((resolve) => {
        onClosed = resolve;
      });
      channel.postMessage({ type: 'close' });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), options.closeTimeoutMs);
      });
      const outcome = await Promise.race([closed, timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') console.error('the case service did not close in time; stopped');
      channel.terminate();
    },
  };
}
