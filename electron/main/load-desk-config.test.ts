import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME } from './desk-config';
import { loadDeskConfig } from './load-desk-config';

const dirs: string[] = [];
const userData = () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadDeskConfig', () => {
  it('runs embedded when there is no config file', () => {
    expect(loadDeskConfig({}, userData())).toEqual({ ok: true, config: { mode: 'embedded' } });
  });

  it('reads the team server from config.json in the user-data folder', () => {
    const dir = userData();
    writeFileSync(join(dir, CONFIG_FILE_NAME), '{"serverUrl":"https://team.example.org"}');
    expect(loadDeskConfig({}, dir)).toEqual({
      ok: true,
      config: { mode: 'team', serverOrigin: 'https://team.example.org' },
    });
  });

  it('fails with the file path when the file is wrong', () => {
    const dir = userData();
    writeFileSync(join(dir, CONFIG_FILE_NAME), '{"serverUrl":"http://team.example.org"}');
    const result = loadDeskConfig({}, dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(join(dir, CONFIG_FILE_NAME));
  });
});
