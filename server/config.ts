import { z } from 'zod';
import { zodIssues } from '../shared/errors';

const Flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'use true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ServerEnvironment = z.object({
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
  DATA_DIR: z.string().trim().min(1).default('./.data/case-service'),
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
});

export type ServerConfig = z.infer<typeof ServerEnvironment>;

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
