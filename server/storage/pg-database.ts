import pg from 'pg';
import {
  CommitTasks,
  retryingTransaction,
  type Database,
  type Queryable,
  type SqlValue,
} from './database';

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends object>(sql: string, params: readonly SqlValue[] = []) {
      const result = await client.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      // Without parameters node-postgres uses the simple protocol, which accepts scripts.
      await client.query(sql);
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
  const db: Database = {
    kind: 'postgres',
    ...queryable(statements),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const tasks = new CommitTasks();
      const result = await retryingTransaction(async () => {
        tasks.clear();
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const value = await fn(tasks.register(queryable(client)));
          await client.query('COMMIT');
          return value;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
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
