import pg from 'pg';
import { retryingTransaction, type Database, type Queryable, type SqlValue } from './database';

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

/** A PostgreSQL server reached through a connection pool: the team deployment. */
export function openPostgresDatabase(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client that loses its connection must not take the process down.
  pool.on('error', (error) => console.error('PostgreSQL connection error:', error.message));
  return {
    kind: 'postgres',
    ...queryable(pool),
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return retryingTransaction(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn(queryable(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      });
    },
    close: () => pool.end(),
  };
}
