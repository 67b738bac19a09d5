import { setImmediate as nextTurnOfEventLoop } from 'node:timers/promises';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import {
  CommitTasks,
  retryingTransaction,
  type Database,
  type Queryable,
  type SqlValue,
} from './database';

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<T extends object>(sql: string, params: readonly SqlValue[] = []) {
      const result = await target.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      const results = await target.exec(sql);
      return results.map((result) => result.rows);
    },
  };
}

// PGlite's own bytea conversion turns every byte into a string of its own: a 12 MB
// attachment took seconds of the event loop each way. Node's hex codec does it in one call.
function hexFromBytes(value: unknown): string {
  if (!(value instanceof Uint8Array)) throw new Error('Invalid input for bytea type');
  return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
}

function bytesFromHex(value: string): Uint8Array {
  const bytes = Buffer.from(value.slice(2), 'hex');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * PostgreSQL compiled to WebAssembly, in a data folder (the embedded workstation) or in
 * memory (tests). Only one process may open a data folder at a time.
 */
export async function openPGliteDatabase(dataDir?: string): Promise<Database> {
  const pglite = await PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    // node-postgres returns int8 as text, to keep counters beyond 2^53 exact; match it so
    // that the same code reads the same shapes from both backends.
    parsers: {
      [types.INT8]: (value: string) => value,
      [types.BYTEA]: (value: string) => bytesFromHex(value),
    },
    serializers: { [types.BYTEA]: (value: unknown) => hexFromBytes(value) },
  });
  const db: Database = {
    kind: 'pglite',
    ...queryable(pglite),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const tasks = new CommitTasks();
      const result = await retryingTransaction(async () => {
        tasks.clear();
        // PGlite runs each statement synchronously and settles its promise at once, so a
        // run of transactions (a push of 200 actions, a seed) is one unbroken chain of
        // microtasks: no timer, message or request would get a turn until it ends. One
        // turn of the event loop before each transaction lets a waiting request in between
        // them; each transaction itself stays whole.
        await nextTurnOfEventLoop();
        return pglite.transaction((tx) => fn(tasks.register(queryable(tx))));
      });
      await tasks.run(db);
      return result;
    },
    close: () => pglite.close(),
  };
  return db;
}
