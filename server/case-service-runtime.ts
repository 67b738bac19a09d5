import {
  openAuditAnchor,
  reportCheckpoint,
  type AuditAnchor,
  type AuditAnchorSettings,
} from './audit/audit-anchor';
import { defaultAuditFolders, defaultSecondFactorKeyDir } from './audit/audit-folders';
import { requestSeal, startBackgroundSealer } from './audit/seal-audit-events';
import { loadOrCreateSecondFactorKey } from './auth/second-factor-key';
import { systemClock, type Clock } from './clock';
import { createApp } from './http/app';
import type { App } from './http/app-env';
import type { Database } from './storage/database';
import { migrateAsOwner, openDatabase } from './storage/open-database';
import type { SubscriberDirectory } from './subscribers/subscriber-directory';

export interface CaseServiceOptions {
  /** A PostgreSQL server (team deployment), signed in as the service role. */
  databaseUrl?: string;
  /** The schema owner, to migrate; without it databaseUrl must own the schema. */
  migrationDatabaseUrl?: string;
  /** The embedded PGlite database folder, used when there is no databaseUrl. */
  dataDir?: string;
  /** The built renderer to serve at `/`. */
  rendererDir?: string;
  /** Mark the session cookie Secure (HTTPS deployments). */
  secureCookies?: boolean;
  /** Read the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Host names a standalone service answers to. */
  allowedHosts?: readonly string[];
  clock?: Clock;
  /**
   * Where the audit chain head is signed and checkpointed. Defaults to folders beside
   * dataDir; with neither, the chain is not anchored outside the database.
   */
  audit?: AuditAnchorSettings;
  /** Where approved subscriber data is looked up; the demo accounts when absent. */
  directory?: (db: Database) => SubscriberDirectory;
  /**
   * The folder of the key that seals second-factor secrets. Defaults to a folder beside
   * dataDir; with neither, a key for this process alone.
   */
  secondFactorKeyDir?: string;
  /** Case mutations this process runs at once; the rest wait their turn in order. */
  writesInFlight?: number;
}

/**
 * Events are sealed right after the transaction that recorded them; this pass catches those
 * whose instance stopped in between.
 */
const BACKGROUND_SEAL_INTERVAL_MS = 2_000;

/** Every five minutes, when the chain has moved. */
const DEFAULT_CHECKPOINT_INTERVAL_MS = 5 * 60_000;

export interface CaseServiceRuntime {
  app: App;
  db: Database;
  auditAnchor: AuditAnchor | undefined;
  close(): Promise<void>;
}

/** Opens the database, brings its schema up to date and builds the HTTP app over it. */
export async function openCaseService(options: CaseServiceOptions): Promise<CaseServiceRuntime> {
  const db = await openDatabase({
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  const clock = options.clock ?? systemClock;
  const auditSettings =
    options.audit ??
    (options.dataDir
      ? { ...defaultAuditFolders(options.dataDir), intervalMs: DEFAULT_CHECKPOINT_INTERVAL_MS }
      : undefined);
  const secondFactorKeyDir =
    options.secondFactorKeyDir ??
    (options.dataDir ? defaultSecondFactorKeyDir(options.dataDir) : undefined);
  let auditAnchor: AuditAnchor | undefined;
  let secondFactorKey: Buffer | undefined;
  try {
    await migrateAsOwner(options, db);
    // Events another instance committed but did not seal before it stopped.
    await requestSeal(db);
    if (secondFactorKeyDir) secondFactorKey = await loadOrCreateSecondFactorKey(secondFactorKeyDir);
    auditAnchor = auditSettings ? await openAuditAnchor(db, auditSettings, clock) : undefined;
  } catch (error) {
    await db.close();
    throw error;
  }
  // Signs whatever happened while the service was down; a chain changed meanwhile is
  // reported rather than signed.
  if (auditAnchor) void reportCheckpoint(auditAnchor.checkpoint());
  const stopSealer = startBackgroundSealer(db, BACKGROUND_SEAL_INTERVAL_MS);
  const app = createApp({
    db,
    clock,
    ...(options.secureCookies !== undefined ? { secureCookies: options.secureCookies } : {}),
    ...(options.rendererDir ? { rendererDir: options.rendererDir } : {}),
    ...(auditAnchor ? { auditAnchor } : {}),
    ...(options.directory ? { directory: options.directory(db) } : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
    ...(secondFactorKey ? { secondFactorKey } : {}),
    ...(options.writesInFlight !== undefined ? { writesInFlight: options.writesInFlight } : {}),
  });
  return {
    app,
    db,
    auditAnchor,
    close: async () => {
      stopSealer();
      await requestSeal(db).catch(() => undefined);
      if (auditAnchor) {
        auditAnchor.stop();
        // The last events of this run get signed before the database closes.
        await auditAnchor.checkpoint().catch(() => undefined);
      }
      await db.close();
    },
  };
}
