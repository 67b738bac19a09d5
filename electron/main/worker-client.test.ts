import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectWorker, WorkerGone, type WorkerChannel } from './worker-client';
import { hostService, type HostedService } from './worker-host';
import type { FromWorker, ToWorker } from './worker-protocol';

// Main's client and the worker's host over a real MessageChannel, so messages are cloned
// and bodies transferred exactly as between threads; only the thread itself is left out.

const OPTIONS = { startupTimeoutMs: 5_000, closeTimeoutMs: 1_000 };

interface Bridge {
  channel: WorkerChannel;
  /** Makes the "worker" disappear as a crash would. */
  crash(reason: string): void;
  terminated: () => boolean;
  hostClosed: () => boolean;
  ports: MessagePort[];
}

function bridge(start: () => Promise<HostedService>): Bridge {
  const { port1: mainPort, port2: workerPort } = new MessageChannel();
  let exit: ((reason: string) => void) | null = null;
  let terminated = false;
  let hostClosed = false;
  hostService(
    {
      postMessage: (message: FromWorker, transfer?: ArrayBuffer[]) =>
        workerPort.postMessage(message, transfer),
      onMessage: (listener) => workerPort.on('message', listener),
    },
    start,
    () => {
      hostClosed = true;
    },
  );
  return {
    channel: {
      postMessage: (message: ToWorker, transfer?: ArrayBuffer[]) =>
        mainPort.postMessage(message, transfer),
      onMessage: (listener) => mainPort.on('message', listener),
      onExit: (listener) => {
        exit = listener;
      },
      terminate: () => {
        terminated = true;
        mainPort.close();
        workerPort.close();
      },
    },
    crash: (reason) => {
      workerPort.close();
      exit?.(reason);
    },
    terminated: () => terminated,
    hostClosed: () => hostClosed,
    ports: [mainPort, workerPort],
  };
}

const open: Bridge[] = [];
afterEach(() => {
  for (const b of open.splice(0)) for (const port of b.ports) port.close();
  vi.useRealTimers();
});

function service(fetch: (request: Request) => Promise<Response>): () => Promise<HostedService> {
  return async () => ({ fetch, close: async () => {} });
}

function connected(start: () => Promise<HostedService>) {
  const b = bridge(start);
  open.push(b);
  return { bridge: b, client: connectWorker(b.channel, OPTIONS) };
}

describe('the worker client and host', () => {
  it('answer a JSON request, Set-Cookie headers and status intact', async () => {
    const { client } = connected(
      service(async (request) => {
        const headers = new Headers({ 'content-type': 'application/json' });
        headers.append('set-cookie', 'a=1');
        headers.append('set-cookie', 'b=2');
        return new Response(JSON.stringify({ got: await request.json() }), {
          status: 201,
          headers,
        });
      }),
    );
    await client.ready;
    const response = await client.fetch(
      new Request('https://desk.localhost/api/x', { method: 'POST', body: '{"n":1}' }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({ got: { n: 1 } });
  });

  it('stream a download chunk by chunk and answer others meanwhile', async () => {
    let push: ReadableStreamDefaultController<Uint8Array> | undefined;
    const { client } = connected(
      service(async (request) => {
        if (request.url.endsWith('/quick')) return new Response('quick');
        return new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              push = controller;
            },
          }),
        );
      }),
    );
    const download = await client.fetch(new Request('https://desk.localhost/api/export'));
    const reader = download.body!.getReader();
    push!.enqueue(new Uint8Array([1, 2]));
    expect((await reader.read()).value).toEqual(new Uint8Array([1, 2]));
    // The download is still open; another request is not held behind it.
    expect(await (await client.fetch(new Request('https://desk.localhost/quick'))).text()).toBe(
      'quick',
    );
    push!.enqueue(new Uint8Array([3]));
    push!.close();
    expect((await reader.read()).value).toEqual(new Uint8Array([3]));
    expect((await reader.read()).done).toBe(true);
  });

  it('answer a 204 without a body', async () => {
    const { client } = connected(service(async () => new Response(null, { status: 204 })));
    const response = await client.fetch(new Request('https://desk.localhost/api/x'));
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('stop producing a body whose reader went away', async () => {
    let cancelled = false;
    const { client } = connected(
      service(
        async () =>
          new Response(
            new ReadableStream<Uint8Array>({
              // An endless export, produced a chunk at a time.
              pull: async (c) => {
                await new Promise((resolve) => setTimeout(resolve, 1));
                c.enqueue(new Uint8Array(16));
              },
              cancel: () => {
                cancelled = true;
              },
            }),
          ),
      ),
    );
    const response = await client.fetch(new Request('https://desk.localhost/api/x'));
    await response.body!.cancel();
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });

  it('reject a request whose handler failed, and keep serving', async () => {
    const { client } = connected(
      service(async (request) => {
        if (request.url.endsWith('/bad')) throw new Error('handler broke');
        return new Response('fine');
      }),
    );
    await expect(client.fetch(new Request('https://desk.localhost/bad'))).rejects.toThrow(
      'handler broke',
    );
    expect(await (await client.fetch(new Request('https://desk.localhost/ok'))).text()).toBe(
      'fine',
    );
  });

  it('report a service that could not start, and refuse requests', async () => {
    const { client } = connected(async () => {
      throw new Error('The embedded database is in use by another process');
    });
    await expect(client.ready).rejects.toThrow('in use by another process');
    await expect(client.fetch(new Request('https://desk.localhost/api/x'))).rejects.toThrow(
      'not running',
    );
  });

  it('stop a worker that never starts', async () => {
    vi.useFakeTimers();
    const { bridge: b, client } = connected(() => new Promise<HostedService>(() => {}));
    vi.advanceTimersByTime(OPTIONS.startupTimeoutMs);
    await expect(client.ready).rejects.toThrow('did not start within 5 s');
    expect(b.terminated()).toBe(true);
  });

  it('fail the requests a crashed worker held, and every later one', async () => {
    const { bridge: b, client } = connected(service(() => new Promise<Response>(() => {})));
    await client.ready;
    const held = client.fetch(new Request('https://desk.localhost/api/sync/push'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    b.crash('the worker exited with code 1');
    await expect(held).rejects.toBeInstanceOf(WorkerGone);
    expect(client.alive()).toBe(false);
    await expect(client.fetch(new Request('https://desk.localhost/api/x'))).rejects.toThrow(
      'exited with code 1',
    );
  });

  it('fail a download cut off by a crash as an error, not as a complete file', async () => {
    const { bridge: b, client } = connected(
      service(
        async () =>
          new Response(
            new ReadableStream<Uint8Array>({
              start: (c) => c.enqueue(new Uint8Array([1])),
            }),
          ),
      ),
    );
    const response = await client.fetch(new Request('https://desk.localhost/api/export'));
    const reader = response.body!.getReader();
    await reader.read();
    b.crash('killed');
    await expect(reader.read()).rejects.toBeInstanceOf(WorkerGone);
  });

  it('close the service before stopping the worker', async () => {
    const closed = vi.fn(async () => {});
    const { bridge: b, client } = connected(async () => ({
      fetch: async () => new Response(''),
      close: closed,
    }));
    await client.ready;
    await client.close();
    expect(closed).toHaveBeenCalledOnce();
    expect(b.hostClosed()).toBe(true);
    expect(b.terminated()).toBe(true);
  });

  it('stop a worker that does not close in time', async () => {
    const { bridge: b, client } = connected(async () => ({
      fetch: async () => new Response(''),
      close: () => new Promise<void>(() => {}),
    }));
    await client.ready;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await client.close();
    expect(b.terminated()).toBe(true);
    expect(errors).toHaveBeenCalledWith('the case service did not close in time; stopped');
    errors.mockRestore();
  });
});
