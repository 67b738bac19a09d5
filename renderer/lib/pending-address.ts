/**
 * How a change of address enters the history: typing rewrites the current entry, a saved view
 * adds one, so Back returns to the view before it.
 */
export type HistoryEntry = 'replace' | 'push';

/** The window's address and history, as far as the pending writes need them. */
export interface AddressHistory {
  /** The address as the window has it now (its hash). */
  current(): string;
  write(address: string, entry: HistoryEntry): void;
}

/**
 * Address changes that the screen already shows but the history does not hold yet. Writing
 * the history can take the browser several milliseconds, now and then tens of them; a list's
 * filter shows its count first and writes the address after that frame is drawn.
 *
 * Writes keep their history steps: a push followed by replacements is one new entry holding
 * the last address, a replacement followed by a push is the current entry rewritten and then
 * a new one. If the window moved to another address meanwhile (Back, a link), the writes are
 * dropped: the address they were meant to follow is no longer the one shown.
 */
export class PendingAddress {
  private writes: { address: string; entry: HistoryEntry }[] = [];
  /** The window's address when the first pending write was queued. */
  private over: string | null = null;

  constructor(private readonly history: AddressHistory) {}

  /** The address the screen shows: the last one queued, or the window's own. */
  shown(): string {
    this.dropIfMoved();
    return this.writes.at(-1)?.address ?? this.history.current();
  }

  /** Queues a write; true when nothing was pending before, so a flush must be planned. */
  queue(address: string, entry: HistoryEntry): boolean {
    this.dropIfMoved();
    const last = this.writes.at(-1);
    if (last && entry === 'replace') last.address = address;
    else this.writes.push({ address, entry });
    if (this.over !== null) return false;
    this.over = this.history.current();
    return true;
  }

  /** Writes what is pending into the history, in order. */
  flush(): void {
    this.dropIfMoved();
    const writes = this.writes;
    this.writes = [];
    this.over = null;
    for (const { address, entry } of writes) this.history.write(address, entry);
  }

  private dropIfMoved(): void {
    if (this.over !== null && this.history.current() !== this.over) {
      this.writes = [];
      this.over = null;
    }
  }
}
