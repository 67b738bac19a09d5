import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PendingAddress, type HistoryEntry } from './pending-address';

/** A window's history: its entries and which one is shown. */
class FakeHistory {
  entries = ['#/queue'];
  at = 0;
  current = () => this.entries[this.at]!;
  write = (address: string, entry: HistoryEntry) => {
    if (entry === 'push') {
      this.entries = [...this.entries.slice(0, this.at + 1), address];
      this.at += 1;
    } else {
      this.entries[this.at] = address;
    }
  };
  back = () => {
    this.at = Math.max(0, this.at - 1);
  };
}

describe('PendingAddress', () => {
  it('shows the queued address at once and writes it into the history only when flushed', () => {
    const history = new FakeHistory();
    const pending = new PendingAddress(history);
    expect(pending.queue('#/queue?q=a', 'replace')).toBe(true);
    expect(pending.queue('#/queue?q=ab', 'replace')).toBe(false);
    expect(pending.shown()).toBe('#/queue?q=ab');
    expect(history.entries).toEqual(['#/queue']);
    pending.flush();
    expect(history.entries).toEqual(['#/queue?q=ab']);
    expect(pending.shown()).toBe('#/queue?q=ab');
  });

  it('drops its writes when the window went to another address meanwhile', () => {
    const history = new FakeHistory();
    history.write('#/queue?view=mine', 'push');
    const pending = new PendingAddress(history);
    pending.queue('#/queue?view=mine&q=x', 'replace');
    history.back();
    expect(pending.shown()).toBe('#/queue');
    pending.flush();
    expect(history.entries).toEqual(['#/queue', '#/queue?view=mine']);
    expect(history.at).toBe(0);
  });

  it('leaves the history as writing each address at once would have', () => {
    const write = fc.record({
      address: fc.constantFrom('#/queue?a', '#/queue?b', '#/queue?c', '#/queue?d'),
      entry: fc.constantFrom<HistoryEntry>('replace', 'push'),
    });
    fc.assert(
      fc.property(
        // Writes, with flushes at some points between them.
        fc.array(fc.tuple(write, fc.boolean()), { maxLength: 12 }),
        (steps) => {
          const direct = new FakeHistory();
          const deferred = new FakeHistory();
          const pending = new PendingAddress(deferred);
          for (const [{ address, entry }, flushAfter] of steps) {
            direct.write(address, entry);
            pending.queue(address, entry);
            expect(pending.shown()).toBe(direct.current());
            if (flushAfter) pending.flush();
          }
          pending.flush();
          expect(deferred.entries).toEqual(direct.entries);
          expect(deferred.at).toBe(direct.at);
        },
      ),
    );
  });
});
