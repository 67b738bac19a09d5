import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, parseDeskConfig, type ConfigResult } from './desk-config';

/** Reads `<userData>/config.json` if present and parses the settings. */
export function loadDeskConfig(
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
): ConfigResult {
  const path = join(userDataDir, CONFIG_FILE_NAME);
  let text: string | null;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) text = null;
    else return { ok: false, message: `${path} cannot be read: ${String(error)}` };
  }
  return parseDeskConfig({ env, file: text === null ? null : { path, text } });
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
