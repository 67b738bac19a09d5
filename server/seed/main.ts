import { resolve } from 'node:path';
import { migrate } from '../storage/migrate';
import { openDatabase } from '../storage/open-database';
import { createDemoUsers } from './demo-users';
import { DEFAULT_DATA_DIR, parseSeedOptions, SEED_USAGE } from './seed-options';
import { demoActors, seedDemoCases } from './seed-demo-cases';
import { FULFILLED_REQUESTS_2025_CREDIT } from './telegram-2025-requests';

async function main(): Promise<void> {
  const parsed = parseSeedOptions(process.argv.slice(2), process.env);
  if (parsed.ok === 'help') {
    console.info(SEED_USAGE);
    return;
  }
  if (!parsed.ok) {
    console.error(`${parsed.problems.join('\n')}\n\n${SEED_USAGE}`);
    process.exit(2);
  }
  const options = parsed.options;
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const db = await openDatabase(
    options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir },
  );
  try {
    await migrate(db);
    console.info(
      `Seeding ${options.cases.toLocaleString('en')} demo orders (seed ${options.seed}) into ${options.databaseUrl ? 'PostgreSQL' : dataDir}.`,
    );
    const users = options.demoUsers ? await createDemoUsers(db, new Date()) : [];
    const actors = await demoActors(db);
    if (actors.reviewers.length === 0 || actors.supervisors.length === 0) {
      console.info(
        'No active reviewer and supervisor to act on the cases: all of them stay "received". Use --demo-users, or create the team first.',
      );
    }
    const started = Date.now();
    const summary = await seedDemoCases(db, options, actors, (done) => {
      if (done % 10_000 === 0) console.info(`  ${done.toLocaleString('en')} cases written`);
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.info(`Wrote ${summary.inserted.toLocaleString('en')} cases in ${seconds} s.`);
    console.info(`By status: ${JSON.stringify(summary.byStatus)}`);
    console.info(
      `Country mix after the fulfilled requests of 2025 published by Telegram (${FULFILLED_REQUESTS_2025_CREDIT}): ${JSON.stringify(summary.byCountry)}`,
    );
    if (users.length > 0) {
      console.info('\nDemo accounts (passwords are generated now and shown only once):');
      for (const user of users) {
        console.info(
          `  ${user.username.padEnd(12)} ${user.role.padEnd(11)} ${user.password ?? '(already existed; password unchanged)'}`,
        );
      }
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
