import pg from 'pg';
import {
  CommitTasks,
  retryingTransaction,
  type Database,
  type Queryable,
  type ScriptRows,
  type SqlValue,
} from './database';
import { StatementNames } from './statement-names';

function queryable(client: pg.Pool | pg.PoolClient, names: StatementNames): Queryable {
  return {
    async query<T extends object>(sql: string, params: readonly SqlValue[] = []) {
      const name = params.length > 0 ? names.nameOf(sql) : undefined;
      const result = await client.query<T>(
        name === undefined
          ? { text: sql, values: [...params] }
          : { name, text: sql, values: [...params] },
      );
      return result.rows;
    },
    async exec(sql: string) {
      // Without parameters node-postgres uses the simple protocol, which accepts scripts.
      return scriptRows(await client.query(sql));
    },
  };
}

/** node-postgres answers a script of one statement with its result, of several with a list. */
function scriptRows(answer: pg.QueryResult | pg.QueryResult[]): ScriptRows {
  return (Array.isArray(answer) ? answer : [answer]).map((result) => result.rows as object[]);
}

/**
 * A transaction's connection that sends BEGIN with its first statement: when that statement
 * has no parameters (a writer's first, `take_write_order`), both go in one round trip as one
 * simple-protocol script. Nothing is begun, nor committed, for a transaction that sends none.
 */
function openingTransaction(
  client: pg.PoolClient,
  names: StatementNames,
): { tx: Queryable; begun: () => boolean } {
  let begun = false;
  const plain = queryable(client, names);
  /** Answers with the rows of each statement of the script, BEGIN's left out. */
  const begin = async (script?: string): Promise<ScriptRows> => {
    begun = true;
    if (script === undefined) {
      await client.query('BEGIN');
      return [];
    }
    const answer: pg.QueryResult | pg.QueryResult[] = await client.query(`BEGIN;\n${script}`);
    return scriptRows(answer).slice(1);
  };
  return {
    begun: () => begun,
    tx: {
      async query<T extends object>(sql: string, params: readonly SqlValue[] = []) {
        if (!begun) {
          if (params.length === 0) {
            const results = await begin(sql);
            return (results.at(-1) ?? []) as T[];
          }
          await begin();
        }
        return plain.query<T>(sql, params);
      },
      async exec(sql: string) {
        if (!begun) return begin(sql);
        return plain.exec(sql);
      },
    },
  };
}

/**
 * A PostgreSQL server reached through two connection pools: the team deployment.
 * Transactions draw from one; single statements (session checks, reads) from the other, so
 * a burst of writers holding every transaction connection never makes a read wait.
 */
export function openPostgresDatabase(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  const statements = new pg.Pool({ connectionString, max: Math.max(1, Math.ceil(poolSize / 2)) });
  // An idle client that loses its connection must not take the process down.
  for (const p of [pool, statements]) {
    p.on('error', (error) => console.error('PostgreSQL connection error:', error.message));
  }
  // One set of names for both pools: a name stands for the same text on every connection.
  const names = new StatementNames();
  const db: Database = {
    kind: 'postgres',
    ...queryable(statements, names),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const tasks = new CommitTasks();
      const result = await retryingTransaction(async () => {
        tasks.clear();
        const client = await pool.connect();
        const opening = openingTransaction(client, names);
        try {
          const value = await fn(tasks.register(opening.tx));
          if (opening.begun()) await client.query('COMMIT');
          return value;
        } catch (error) {
          if (opening.begun()) await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      });
      await tasks.run(db);
      return result;
    },
    close: async () => {
      await Promise.all([pool.end(), statements.end()]);
    },
  };
  return db;
}
