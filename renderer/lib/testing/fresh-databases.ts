import { afterEach } from 'vitest';
import { DeskDatabase } from '../db';

/**
 * Mirrors for the tests of one file, each deleted after its test. Every call opens a database
 * of its own; given one already open, it opens another connection to that same database, as
 * a second tab or a restarted app would.
 */
export function freshDatabases(prefix: string): (sameAs?: DeskDatabase) => DeskDatabase {
  let counter = 0;
  const opened: DeskDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((d) => d.delete()));
  });
  return (sameAs) => {
    const database = new DeskDatabase(sameAs?.name ?? `${prefix}-${++counter}`);
    opened.push(database);
    return database;
  };
}
