import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

function seed(...args: string[]) {
  return spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'server/seed/main.ts', ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
}

describe('npm run seed', () => {
  it('prints its usage for --help and succeeds', () => {
    const run = seed('--help');
    expect(run.stdout).toContain('Usage: npm run seed');
    expect(run.status).toBe(0);
  });

  it('fails with the usage on a bad option', () => {
    const run = seed('--cases', 'many');
    expect(run.stderr).toContain('--cases');
    expect(run.stderr).toContain('Usage: npm run seed');
    expect(run.status).toBe(2);
  });
});
