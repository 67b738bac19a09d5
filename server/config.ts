import { resolve } from 'node:path';
import { z } from 'zod';
import { defaultAuditFolders, defaultSecondFactorKeyDir } from './audit/audit-folders';
import { zodIssues } from '../shared/errors';
import { DEFAULT_WRITES_IN_FLIGHT } from './http/write-admission';

const Flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'use true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ServerEnvironment = z
  .object({
    PORT: z.coerce
      .number({ error: 'use a port number' })
      .int('use a whole port number')
      .min(1, 'use a port from 1 to 65535')
      .max(65535, 'use a port from 1 to 65535')
      .default(8080),
    HOST: z.string().trim().min(1, 'name an interface, such as 127.0.0.1').default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, 'use a postgres:// connection URL')
      .optional(),
    /**
     * The schema owner, used only to migrate at start-up; DATABASE_URL then signs in as the
     * service role, which may not alter or rewrite the audit tables. See the README.
     */
    MIGRATION_DATABASE_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, 'use a postgres:// connection URL')
      .optional(),
    DATA_DIR: z.string().trim().min(1).default('./.data/case-service'),
    /** The audit signing key's folder; by default beside DATA_DIR, never inside the database. */
    AUDIT_KEY_DIR: z.string().trim().min(1).optional(),
    /** The key that seals second-factor secrets; by default beside DATA_DIR, never inside it. */
    SECOND_FACTOR_KEY_DIR: z.string().trim().min(1).optional(),
    /** Where signed audit checkpoints are added; best on append-only storage of its own. */
    AUDIT_CHECKPOINT_DIR: z.string().trim().min(1).optional(),
    /** How often the audit chain head is signed when it has moved; 0 only after approvals. */
    AUDIT_CHECKPOINT_INTERVAL_SECONDS: z.coerce
      .number({ error: 'use a number of seconds' })
      .int('use a whole number of seconds')
      .min(0, 'use 0 or more seconds')
      .default(300),
    /** The built renderer; empty serves the API alone. */
    RENDERER_DIR: z.string().trim().default('./dist/renderer'),
    SECURE_COOKIES: Flag.default(false),
    /** Behind a reverse proxy: the client address is the last X-Forwarded-For entry. */
    TRUST_PROXY: Flag.default(false),
    /** The address users reach the service at; requests naming any other host are refused. */
    PUBLIC_ORIGIN: z
      .url({
        protocol: /^https?$/,
        error: 'use the address users open, such as https://desk.example.org',
      })
      .transform((v) => new URL(v).origin)
      .optional(),
    /**
     * Case mutations one process runs at once; the rest wait their turn, in order, so reads
     * are answered beside them. A few keep the database busy: the process's CPU is the limit.
     */
    WRITES_IN_FLIGHT: z.coerce
      .number({ error: 'use a number of mutations' })
      .int('use a whole number of mutations')
      .min(1, 'use at least 1')
      .max(100, 'use at most 100')
      .default(DEFAULT_WRITES_IN_FLIGHT),
    /** Sample accounts (CSV) added to the demo subscriber directory at start-up. */
    DEMO_SUBSCRIBERS_CSV: z.string().trim().min(1).optional(),
    /** Where subscriber data comes from: the demo accounts, or the platform's directory. */
    SUBSCRIBER_DIRECTORY: z.enum(['demo', 'http'], { error: 'use demo or http' }).default('demo'),
    SUBSCRIBER_DIRECTORY_URL: z
      .url({ protocol: /^https$/, error: 'use an https:// URL' })
      .optional(),
    SUBSCRIBER_DIRECTORY_TOKEN: z
      .string()
      .trim()
      .min(16, 'use the token of at least 16 characters the directory issued')
      .optional(),
    /** A PEM file of extra certificate authorities to trust for the directory. */
    SUBSCRIBER_DIRECTORY_CA_FILE: z.string().trim().min(1).optional(),
    SUBSCRIBER_DIRECTORY_TIMEOUT_MS: z.coerce
      .number({ error: 'use a number of milliseconds' })
      .int()
      .min(100, 'use at least 100 ms')
      .max(120_000, 'use at most 120000 ms')
      .default(10_000),
    SUBSCRIBER_DIRECTORY_RETRIES: z.coerce
      .number({ error: 'use a number of retries' })
      .int()
      .min(0)
      .max(5, 'use at most 5 retries')
      .default(2),
  })
  .superRefine((env, ctx) => {
    if (env.SUBSCRIBER_DIRECTORY !== 'http') return;
    if (!env.SUBSCRIBER_DIRECTORY_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['SUBSCRIBER_DIRECTORY_URL'],
        message: 'set the directory’s https:// URL',
      });
    }
    if (!env.SUBSCRIBER_DIRECTORY_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['SUBSCRIBER_DIRECTORY_TOKEN'],
        message: 'set the directory’s token',
      });
    }
  });

export type ServerConfig = z.infer<typeof ServerEnvironment>;

/** The second-factor key's folder as configured, or its default beside the data folder. */
export function secondFactorKeyDirOf(config: ServerConfig): string {
  return resolve(
    config.SECOND_FACTOR_KEY_DIR ?? defaultSecondFactorKeyDir(resolve(config.DATA_DIR)),
  );
}

/** The audit anchor's folders as configured, or their defaults beside the data folder. */
export function auditFoldersOf(config: ServerConfig): { keyDir: string; checkpointDir: string } {
  const defaults = defaultAuditFolders(resolve(config.DATA_DIR));
  return {
    keyDir: resolve(config.AUDIT_KEY_DIR ?? defaults.keyDir),
    checkpointDir: resolve(config.AUDIT_CHECKPOINT_DIR ?? defaults.checkpointDir),
  };
}

/** Reads the settings once at start-up; a bad one stops the service with the reason. */
export function parseServerConfig(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; config: ServerConfig } | { ok: false; problems: string[] } {
  // An empty variable means "not set", as shells and .env files commonly produce.
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => (key !== 'RENDERER_DIR' ? value !== '' : true)),
  );
  const result = ServerEnvironment.safeParse(present);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: zodIssues(result.error).map((i) => `${i.path}: ${i.message}`),
  };
}
