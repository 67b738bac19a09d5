import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE = 'disclosure-desk.lock';

/** Said when a second process tries the folder, e.g. `npm run seed` while the server runs. */
export class DataFolderInUse extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by another process (process ${pid}). ` +
        'Only one program may open it at a time: stop the case service or the desktop app ' +
        'using it, then try again.',
    );
    this.name = 'DataFolderInUse';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holder(path: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await readFile(path, 'utf8')).split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Claims the PGlite data folder for this process. PGlite is PostgreSQL without its
 * postmaster: two processes writing one folder corrupt it, and nothing in PGlite stops them.
 * A lock left by a process that died is taken over. Returns the release.
 */
export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' });
      return async () => {
        if ((await holder(path)) === process.pid) await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = await holder(path);
    if (pid !== null && pid !== process.pid && isRunning(pid))
      throw new DataFolderInUse(dataDir, pid);
    // Left behind by a process that is gone (or by this one before a crash it survived).
    await unlink(path).catch(() => undefined);
  }
  throw new Error(`Could not claim the embedded database in ${dataDir}; try again.`);
}
