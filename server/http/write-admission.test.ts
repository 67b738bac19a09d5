import { describe, expect, it } from 'vitest';
import { WriteAdmission, WriteAdmissionRefused } from './write-admission';

/** A task the test finishes when it chooses. */
function held(): { task: () => Promise<void>; finish: () => void; started: () => boolean } {
  let finish!: () => void;
  let started = false;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    task: () => {
      started = true;
      return done;
    },
    finish: () => finish(),
    started: () => started,
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('the write gate', () => {
  it('runs a few at once and starts the rest strictly in order of arrival', async () => {
    const gate = new WriteAdmission({ inFlight: 2, maxWaitMs: 60_000, maxWaiting: 100 });
    const tasks = Array.from({ length: 6 }, held);
    const order: number[] = [];
    const runs = tasks.map((t, n) =>
      gate.run(() => {
        order.push(n);
        return t.task();
      }),
    );
    await turn();
    expect([gate.inFlight, gate.queued]).toEqual([2, 4]);
    // The later of the two running ones ends first: the slot still goes to the next in line.
    tasks[1]?.finish();
    await turn();
    expect(order).toEqual([0, 1, 2]);
    for (const t of tasks) t.finish();
    await Promise.all(runs);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect([gate.inFlight, gate.queued]).toEqual([0, 0]);
  });

  it('gives the slot to the next in line when a task leaves early, and only once', async () => {
    const gate = new WriteAdmission({ inFlight: 1, maxWaitMs: 60_000, maxWaiting: 100 });
    const first = held();
    let leave!: () => void;
    const running = gate.run((leaveEarly) => {
      leave = leaveEarly;
      return first.task();
    });
    const second = held();
    const third = held();
    const waiting = [gate.run(second.task), gate.run(third.task)];
    await turn();
    expect([second.started(), gate.queued]).toEqual([false, 2]);
    leave();
    // Leaving again, and then ending, frees nothing more: the third still waits its turn.
    leave();
    await turn();
    expect([second.started(), third.started(), gate.queued]).toEqual([true, false, 1]);
    first.finish();
    await running;
    await turn();
    expect([third.started(), gate.inFlight]).toEqual([false, 1]);
    second.finish();
    await turn();
    expect(third.started()).toBe(true);
    third.finish();
    await Promise.all(waiting);
    expect([gate.inFlight, gate.queued]).toEqual([0, 0]);
  });

  it('passes a failed task on as it failed, and frees its slot', async () => {
    const gate = new WriteAdmission({ inFlight: 1, maxWaitMs: 60_000, maxWaiting: 100 });
    await expect(gate.run(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await expect(gate.run(() => Promise.resolve(7))).resolves.toBe(7);
    expect(gate.inFlight).toBe(0);
  });

  it('refuses a newcomer whose wait would be too long, before running anything of it', async () => {
    let now = 0;
    const gate = new WriteAdmission({ inFlight: 1, maxWaitMs: 1_000, maxWaiting: 100 }, () => now);
    const stuck = held();
    const running = gate.run(stuck.task);
    const waiting = held();
    const queued = gate.run(waiting.task);
    // The running one has been at it for longer than any wait a newcomer is given.
    now = 1_500;
    let ran = false;
    const refusal = await gate
      .run(() => {
        ran = true;
        return Promise.resolve();
      })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(WriteAdmissionRefused);
    expect((refusal as WriteAdmissionRefused).retryAfterMs).toBeGreaterThanOrEqual(1_000);
    expect(ran).toBe(false);
    // Those already queued keep their place.
    expect(gate.queued).toBe(1);
    stuck.finish();
    await running;
    await turn();
    expect(waiting.started()).toBe(true);
    waiting.finish();
    await queued;
  });

  it('refuses a newcomer when as many as allowed are waiting', async () => {
    const gate = new WriteAdmission({ inFlight: 1, maxWaitMs: 60_000, maxWaiting: 2 });
    const tasks = Array.from({ length: 3 }, held);
    const runs = tasks.map((t) => gate.run(t.task));
    await turn();
    await expect(gate.run(() => Promise.resolve())).rejects.toBeInstanceOf(WriteAdmissionRefused);
    for (const t of tasks) t.finish();
    await Promise.all(runs);
  });

  it('queues the next action of a push under way however long the wait, in its place', async () => {
    let now = 0;
    const gate = new WriteAdmission({ inFlight: 1, maxWaitMs: 1_000, maxWaiting: 1 }, () => now);
    const stuck = held();
    const running = gate.run(stuck.task);
    const waiting = held();
    const queued = gate.run(waiting.task);
    now = 1_500;
    // Too long a wait and a full queue: a newcomer is refused, a push's next action is not.
    await expect(gate.run(() => Promise.resolve())).rejects.toBeInstanceOf(WriteAdmissionRefused);
    const next = held();
    const pushed = gate.run(next.task, { mayRefuse: false });
    await turn();
    expect(gate.queued).toBe(2);
    stuck.finish();
    await running;
    await turn();
    expect([waiting.started(), next.started()]).toEqual([true, false]);
    waiting.finish();
    await queued;
    await turn();
    expect(next.started()).toBe(true);
    next.finish();
    await pushed;
  });
});
