import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { openCaseService } from './case-service-runtime';
import { auditFoldersOf, parseServerConfig, secondFactorKeyDirOf } from './config';
import { allowedHostNames } from './http/host-guard';
import { DataFolderInUse } from './storage/data-folder-lock';
import { loadDemoAccountsFile } from './subscribers/demo-accounts-file';
import { configuredDirectory } from './subscribers/configured-directory';

async function main(): Promise<void> {
  const parsed = parseServerConfig(process.env);
  if (!parsed.ok) {
    console.error(
      `The case service cannot start; fix these settings:\n  ${parsed.problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  const config = parsed.config;
  const rendererDir = config.RENDERER_DIR ? resolve(config.RENDERER_DIR) : undefined;
  if (rendererDir && !existsSync(resolve(rendererDir, 'index.html'))) {
    console.error(
      `The case service cannot start: RENDERER_DIR ${rendererDir} holds no index.html. Run "npm run build:renderer", or set RENDERER_DIR= to serve the API alone.`,
    );
    process.exit(1);
  }

  const service = await openCaseService({
    ...(config.DATABASE_URL
      ? { databaseUrl: config.DATABASE_URL }
      : { dataDir: resolve(config.DATA_DIR) }),
    ...(config.MIGRATION_DATABASE_URL
      ? { migrationDatabaseUrl: config.MIGRATION_DATABASE_URL }
      : {}),
    audit: {
      ...auditFoldersOf(config),
      intervalMs: config.AUDIT_CHECKPOINT_INTERVAL_SECONDS * 1000,
    },
    secondFactorKeyDir: secondFactorKeyDirOf(config),
    ...(rendererDir ? { rendererDir } : {}),
    secureCookies: config.SECURE_COOKIES,
    directory: (db) => configuredDirectory(config, db),
    trustProxy: config.TRUST_PROXY,
    allowedHosts: allowedHostNames(config.PUBLIC_ORIGIN, config.HOST),
    writesInFlight: config.WRITES_IN_FLIGHT,
  });
  if (config.DEMO_SUBSCRIBERS_CSV) {
    const added = await loadDemoAccountsFile(service.db, resolve(config.DEMO_SUBSCRIBERS_CSV));
    console.info(
      `Demo subscriber directory: ${added} sample accounts from ${config.DEMO_SUBSCRIBERS_CSV}.`,
    );
  }

  const server = serve(
    { fetch: service.app.fetch, port: config.PORT, hostname: config.HOST },
    (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const storage = config.DATABASE_URL
        ? 'PostgreSQL'
        : `embedded database in ${resolve(config.DATA_DIR)}`;
      console.info(`Disclosure Desk case service on http://${host}:${info.port} (${storage})`);
    },
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: finishing open requests, then stopping.`);
    const closeDatabase = () =>
      service.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Closing the database failed:', error);
          process.exit(1);
        },
      );
    server.close(() => void closeDatabase());
    // A client holding a connection open must not keep the service from stopping.
    setTimeout(() => void closeDatabase(), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof DataFolderInUse) {
    console.error(`The case service cannot start: ${error.message}`);
    process.exit(1);
  }
  console.error('The case service failed to start:', error);
  process.exit(1);
});
