/**
 * The storage contract the case service is written against. Both backends speak the same
 * PostgreSQL dialect, so every query in server/ runs unchanged on PGlite and on PostgreSQL.
 */

/** Values a query parameter may take. JSON goes in as text and is cast with `$n::jsonb`. */
export type SqlValue = string | number | boolean | null | Date | Uint8Array;

export interface Queryable {
  /** One statement with `$1`-style parameters. */
  query<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /**
   * A script of several statements without parameters, such as a migration, sent in one
   * round trip. Answers with the rows of each statement, in order. Each statement of the
   * script takes a snapshot of its own (READ COMMITTED), after the one before it has ended.
   */
  exec(sql: string): Promise<ScriptRows>;
  /**
   * Inside a transaction: runs `task` once the transaction has committed, before
   * `transaction()` resolves. Registering the same task twice runs it once. A failing task is
   * logged: the commit it follows stands.
   */
  afterCommit?(task: CommitTask): void;
}

/** The rows each statement of a script answered with, one list per statement. */
export type ScriptRows = object[][];

/** Work that must follow a commit, such as sealing the audit events it recorded. */
export type CommitTask = (db: Database) => Promise<void>;

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The SQLSTATE of a database error, whichever driver raised it. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** The tasks one attempt of a transaction registered; a retried attempt starts empty. */
export class CommitTasks {
  private readonly tasks = new Set<CommitTask>();

  clear(): void {
    this.tasks.clear();
  }

  register(target: Queryable): Queryable {
    return { ...target, afterCommit: (task) => void this.tasks.add(task) };
  }

  async run(db: Database): Promise<void> {
    for (const task of this.tasks) {
      try {
        await task(db);
      } catch (error) {
        console.error('A step after commit failed:', error);
      }
    }
  }
}

const RETRYABLE_STATES = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 3;

/**
 * PostgreSQL may abort a transaction it cannot serialise or that deadlocks; those are safe to
 * run again from the start because nothing of the failed attempt was committed.
 */
export async function retryingTransaction<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const state = sqlState(error);
      if (attempt >= MAX_ATTEMPTS || state === undefined || !RETRYABLE_STATES.has(state)) {
        throw error;
      }
    }
  }
}
