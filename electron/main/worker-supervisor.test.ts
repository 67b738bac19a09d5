import { describe, expect, it, vi } from 'vitest';
import { WorkerGone, type WorkerClient } from './worker-client';
import { mayRestart, superviseWorker } from './worker-supervisor';

const POLICY = { maxRestarts: 2, windowMs: 60_000 };

function fakeWorker(label: string) {
  let alive = true;
  const client: WorkerClient = {
    ready: Promise.resolve(),
    alive: () => alive,
    fetch: async () => {
      if (!alive) throw new WorkerGone('crashed');
      return new Response(label);
    },
    close: vi.fn(async () => {}),
  };
  return { client, crash: () => (alive = false) };
}

describe('mayRestart', () => {
  it('allows restarts up to the limit within the window, and again once it has passed', () => {
    expect(mayRestart([], 0, POLICY)).toBe(true);
    expect(mayRestart([1_000], 2_000, POLICY)).toBe(true);
    expect(mayRestart([1_000, 2_000], 3_000, POLICY)).toBe(false);
    expect(mayRestart([1_000, 2_000], 62_000, POLICY)).toBe(true);
  });
});

/** A supervisor over `labels.length` workers started in turn; the first one crashes at once. */
async function afterFirstCrash(labels: string[]) {
  const workers = labels.map(fakeWorker);
  let started = 0;
  const service = await superviseWorker(
    () => workers[started++]!.client,
    POLICY,
    () => 0,
  );
  workers[0]!.crash();
  return { service, started: () => started };
}

describe('superviseWorker', () => {
  it('starts a new worker on the next request after a crash', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { service, started } = await afterFirstCrash(['first', 'second']);
    expect(await (await service.fetch(new Request('https://x/'))).text()).toBe('second');
    expect(started()).toBe(2);
    errors.mockRestore();
  });

  it('starts one worker for requests that arrive together after a crash', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { service, started } = await afterFirstCrash(['first', 'second', 'third']);
    const answers = await Promise.all(
      [1, 2, 3].map(async () => (await service.fetch(new Request('https://x/'))).text()),
    );
    expect(answers).toEqual(['second', 'second', 'second']);
    expect(started()).toBe(2);
    errors.mockRestore();
  });

  it('leaves a worker down that keeps crashing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const service = await superviseWorker(
      () => {
        const worker = fakeWorker('crashes');
        worker.crash();
        return worker.client;
      },
      POLICY,
      () => 0,
    );
    await expect(service.fetch(new Request('https://x/'))).rejects.toThrow();
    await expect(service.fetch(new Request('https://x/'))).rejects.toThrow();
    await expect(service.fetch(new Request('https://x/'))).rejects.toBeInstanceOf(WorkerGone);
    errors.mockRestore();
  });

  it('closes the running worker and takes no more requests', async () => {
    const worker = fakeWorker('only');
    const service = await superviseWorker(() => worker.client, POLICY);
    await service.close();
    expect(worker.client.close).toHaveBeenCalledOnce();
    await expect(service.fetch(new Request('https://x/'))).rejects.toThrow('closing');
  });
});
