import { parseArgs } from 'node:util';
import { z } from 'zod';
import { zodIssues } from '../../shared/errors';
import { IsoDateTime } from '../../shared/dates';

export const SEED_USAGE = `Usage: npm run seed -- --cases N [options]

  --cases N             how many demo orders to create (1 to 1,000,000)
  --seed S              the same seed gives the same cases (default 1)
  --as-of DATE          the day the demo team "is at"; orders cover the year before
                        (default 2026-01-01T00:00:00Z, so the orders span 2025)
  --demo-users          also create a demo team and print its generated passwords
  --database-url URL    a PostgreSQL database (else the embedded database)
  --data-dir DIR        the embedded database folder (default ./.data/case-service)`;

const SeedOptions = z
  .object({
    cases: z.coerce
      .number({ error: 'give a number of cases' })
      .int('give a whole number of cases')
      .min(1, 'give at least 1 case')
      .max(1_000_000, 'give at most 1,000,000 cases'),
    seed: z.coerce.number({ error: 'give a number' }).int('give a whole number').default(1),
    asOf: IsoDateTime.default('2026-01-01T00:00:00Z'),
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

export function parseSeedOptions(
  argv: readonly string[],
): { ok: true; options: SeedOptions } | { ok: false; problems: string[] } {
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
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  const result = SeedOptions.safeParse({
    cases: values.cases,
    seed: values.seed,
    asOf: values['as-of'],
    demoUsers: values['demo-users'],
    databaseUrl: values['database-url'],
    dataDir: values['data-dir'],
  });
  if (result.success) return { ok: true, options: result.data };
  const flag = (path: string) => `--${path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return {
    ok: false,
    problems: zodIssues(result.error).map((i) => `${flag(i.path)}: ${i.message}`),
  };
}
