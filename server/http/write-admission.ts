/**
 * How many case mutations (single or pushed) one service process runs at once. Every step of a
 * running mutation — its statements' answers, its checks, its judgement, its answer — is work
 * for this process's one event loop; fifty of them interleaved put a session read behind all
 * of their callbacks. A mutation's turn ends at its commit: waiting for its share of an audit
 * seal pass costs the process almost nothing. Two at a time keep the process's CPU, its limit,
 * busy; the rest wait here, in order of arrival and without any cost, while reads, which never
 * come here, go straight on.
 */
export const DEFAULT_WRITES_IN_FLIGHT = 2;

/** A wait longer than this is refused at once rather than left to hang. */
export const DEFAULT_MAX_WRITE_WAIT_MS = 10_000;

/** Refused at once past this many waiting, whatever the estimate says. */
export const DEFAULT_MAX_WRITES_WAITING = 1_000;

export interface WriteAdmissionLimits {
  /** Mutations running at once. */
  inFlight: number;
  /** The longest expected wait a new mutation is queued for. */
  maxWaitMs: number;
  /** The most mutations waiting. */
  maxWaiting: number;
}

/** A mutation not queued because its wait would be too long; nothing of it was done. */
export class WriteAdmissionRefused extends Error {
  constructor(readonly retryAfterMs: number) {
    super('the case service has too many changes waiting');
    this.name = 'WriteAdmissionRefused';
  }
}

/** The weight of the newest mutation in the running average of how long one takes. */
const SMOOTHING = 0.2;

/**
 * A first-in, first-out gate in front of the mutations of one process. A mutation starts at
 * once while fewer than `inFlight` run, else waits for its turn: it starts only when every
 * mutation that arrived before it has started, so one workstation's mutations keep their order.
 * The gate does not touch the mutation itself: each one is still its own transaction, and its
 * answer still follows its audit seal.
 */
export class WriteAdmission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly startedAt = new Set<{ at: number }>();
  private averageMs = 0;

  constructor(
    private readonly limits: WriteAdmissionLimits,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Mutations running now. */
  get inFlight(): number {
    return this.running;
  }

  /** Mutations waiting for their turn. */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Runs `task` in its turn. Throws WriteAdmissionRefused, before anything runs, when the queue
   * is full or the expected wait is longer than the limit, unless it may not be refused: the
   * next action of a push already under way waits whatever the wait. The task may give its
   * turn up before it ends (`leave`), once nothing of what it still waits for is work for this
   * process: a mutation, once committed, only waits for the seal pass it shares with others.
   */
  async run<T>(
    task: (leave: () => void) => Promise<T>,
    { mayRefuse = true }: { mayRefuse?: boolean } = {},
  ): Promise<T> {
    if (this.running >= this.limits.inFlight) {
      const expectedMs = this.expectedWaitMs();
      const tooLong =
        this.waiting.length >= this.limits.maxWaiting || expectedMs > this.limits.maxWaitMs;
      if (mayRefuse && tooLong) {
        throw new WriteAdmissionRefused(Math.max(expectedMs, this.averageMs, 1_000));
      }
      await new Promise<void>((turn) => this.waiting.push(turn));
    } else {
      this.running += 1;
    }
    const started = { at: this.now() };
    this.startedAt.add(started);
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      this.startedAt.delete(started);
      const took = this.now() - started.at;
      this.averageMs =
        this.averageMs === 0 ? took : this.averageMs + SMOOTHING * (took - this.averageMs);
      // The slot passes straight to the next in line, so no later arrival can overtake it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    };
    try {
      return await task(leave);
    } finally {
      leave();
    }
  }

  /**
   * How long a mutation arriving now would wait: the mutations ahead of it, a batch of
   * `inFlight` at a time, each as long as they have lately taken — and at least as long as the
   * oldest running one has been at it already (a database that stopped answering must not
   * look fast because nothing has finished lately).
   */
  private expectedWaitMs(): number {
    const now = this.now();
    let oldestRunningMs = 0;
    for (const { at } of this.startedAt) oldestRunningMs = Math.max(oldestRunningMs, now - at);
    const batchesAhead = Math.floor(this.waiting.length / this.limits.inFlight) + 1;
    return Math.max(this.averageMs * batchesAhead, oldestRunningMs);
  }
}
