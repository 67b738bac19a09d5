import { isAbsolute } from 'node:path';
import { z } from 'zod';

export const SERVER_URL_ENV = 'DISCLOSURE_DESK_SERVER_URL';
export const USER_DATA_ENV = 'DISCLOSURE_DESK_USER_DATA';
export const CONFIG_FILE_NAME = 'config.json';

export type DeskConfig = { mode: 'embedded' } | { mode: 'team'; serverOrigin: string };

/**
 * A team server is named by its origin alone. https only: the session cookie and every
 * order travel over this link. Credentials, paths or queries in the URL are refused rather
 * than dropped, since a setting that silently means something else is worse than none.
 */
export const TeamServerUrl = z
  .string()
  .trim()
  .min(1, 'is empty')
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a URL` });
      return z.NEVER;
    }
    const problem =
      url.protocol !== 'https:'
        ? `must use https (got ${url.protocol.slice(0, -1)})`
        : url.username !== '' || url.password !== ''
          ? 'must not contain a user name or password'
          : url.pathname !== '/' || url.search !== '' || url.hash !== ''
            ? 'must be the server address only, without a path, query or fragment'
            : null;
    if (problem !== null) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return url.origin;
  });

export const DeskConfigFile = z
  .object({
    /** Omitted: the embedded case service. */
    serverUrl: TeamServerUrl.optional(),
  })
  .strict();

export type ConfigResult = { ok: true; config: DeskConfig } | { ok: false; message: string };

/**
 * Reads the settings once at start-up. The environment wins over the file so a deployment
 * can pin a server without touching the user's folder; an empty variable counts as unset.
 */
export function parseDeskConfig(input: {
  env: Readonly<Record<string, string | undefined>>;
  file: { path: string; text: string } | null;
}): ConfigResult {
  const fromEnv = input.env[SERVER_URL_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const parsed = TeamServerUrl.safeParse(fromEnv);
    return parsed.success
      ? { ok: true, config: { mode: 'team', serverOrigin: parsed.data } }
      : { ok: false, message: `${SERVER_URL_ENV} ${firstMessage(parsed.error)}.` };
  }
  if (input.file === null) return { ok: true, config: { mode: 'embedded' } };

  let json: unknown;
  try {
    json = JSON.parse(input.file.text);
  } catch {
    return { ok: false, message: `${input.file.path} is not valid JSON.` };
  }
  const parsed = DeskConfigFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `"${issue.path.join('.')}" ` : '';
    return {
      ok: false,
      message: `${input.file.path}: ${where}${firstMessage(parsed.error)}.`,
    };
  }
  return parsed.data.serverUrl === undefined
    ? { ok: true, config: { mode: 'embedded' } }
    : { ok: true, config: { mode: 'team', serverOrigin: parsed.data.serverUrl } };
}

/**
 * The folder for app data when tests or a portable install override it; null keeps
 * Electron's default. Relative paths are refused: they would depend on the launch folder.
 */
export function userDataOverride(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; dir: string | null } | { ok: false; message: string } {
  const value = env[USER_DATA_ENV];
  if (value === undefined || value === '') return { ok: true, dir: null };
  return isAbsolute(value)
    ? { ok: true, dir: value }
    : { ok: false, message: `${USER_DATA_ENV} must be an absolute path (got "${value}").` };
}

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'is invalid';
}
