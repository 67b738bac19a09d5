import { parseArgs } from 'node:util';
import { z } from 'zod';
import { zodIssues } from '../../shared/errors';
import { IsoDateTime } from '../../shared/dates';

export const SEED_USAGE = `Usage: npm run seed -- --cases N [options]

  --cases N             how many demo orders to create (1 to 1,000,000)
  --seed S              the same seed gives the same cases (default 1)
  --as-of DATE          the day the demo team "is at"; orders cover the year before
                        (default: the start of today, UTC; give one for repeatable runs)
  --demo-users          also create a demo team and print its generated passwords
  --database-url URL    a PostgreSQL database (default: $DATABASE_URL, as the service)
  --data-dir DIR        the embedded database folder (default: $DATA_DIR, as the
                        service, else ./.data/case-service)
  --help                show this text`;

/** Where the case service keeps its embedded database when DATA_DIR is not set. */
export const DEFAULT_DATA_DIR = './.data/case-service';

const SeedOptions = z
  .object({
    cases: z.coerce
      .number({ error: 'give a number of cases' })
      .int('give a whole number of cases')
      .min(1, 'give at least 1 case')
      .max(1_000_000, 'give at most 1,000,000 cases'),
    seed: z.coerce.number({ error: 'give a number' }).int('give a whole number').default(1),
    asOf: IsoDateTime,
    demoUsers: z.boolean().default(false),
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'use a postgres:// connection URL')
      .optional(),
    dataDir: z.string().min(1).optional(),
  })
  .refine((o) => !(o.databaseUrl && o.dataDir), {
    message: 'give either --database-url or --data-dir, not both',
    path: ['databaseUrl'],
  });

export type SeedOptions = z.infer<typeof SeedOptions>;

export type SeedOptionsResult =
  { ok: true; options: SeedOptions } | { ok: false; problems: string[] } | { ok: 'help' };

/** The start of the UTC day `now` falls in: a whole day, so runs on one day agree. */
export function startOfUtcDay(now: Date): string {
  return `${now.toISOString().slice(0, 10)}T00:00:00Z`;
}

/**
 * Reads the command line. Without --database-url or --data-dir the seed writes where the case
 * service reads (DATABASE_URL, else DATA_DIR), so following the README seeds the database the
 * service then opens.
 */
export function parseSeedOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
  now: Date = new Date(),
): SeedOptionsResult {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        cases: { type: 'string' },
        seed: { type: 'string' },
        'as-of': { type: 'string' },
        'demo-users': { type: 'boolean' },
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  if (values.help === true) return { ok: 'help' };
  const flagged = values['database-url'] !== undefined || values['data-dir'] !== undefined;
  // An empty variable means "not set", as for the service.
  const fromEnv = (name: string) => (flagged || !env[name] ? undefined : env[name]);
  const databaseUrl = values['database-url'] ?? fromEnv('DATABASE_URL');
  const result = SeedOptions.safeParse({
    cases: values.cases,
    seed: values.seed,
    asOf: values['as-of'] ?? startOfUtcDay(now),
    demoUsers: values['demo-users'],
    databaseUrl,
    dataDir: values['data-dir'] ?? (databaseUrl ? undefined : fromEnv('DATA_DIR')),
  });
  if (result.success) return { ok: true, options: result.data };
  const flag = (path: string) => `--${path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return {
    ok: false,
    problems: zodIssues(result.error).map((i) => `${flag(i.path)}: ${i.message}`),
  };
}
