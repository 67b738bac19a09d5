import { describe, expect, it } from 'vitest';
import { parseSeedOptions } from './seed-options';

describe('parseSeedOptions', () => {
  it('reads the options with their defaults; the demo team is at the start of today', () => {
    expect(parseSeedOptions(['--cases', '1000'], {}, new Date('2026-11-30T14:05:00Z'))).toEqual({
      ok: true,
      options: { cases: 1000, seed: 1, asOf: '2026-11-30T00:00:00Z', demoUsers: false },
    });
    expect(
      parseSeedOptions(['--cases', '1', '--as-of', '2026-01-01T00:00:00Z'], {}, new Date()),
    ).toMatchObject({ ok: true, options: { asOf: '2026-01-01T00:00:00Z' } });
    expect(
      parseSeedOptions(['--cases', '5', '--seed', '42', '--demo-users', '--data-dir', '/tmp/x']),
    ).toMatchObject({ ok: true, options: { seed: 42, demoUsers: true, dataDir: '/tmp/x' } });
  });

  it('names each bad option as a flag', () => {
    const result = parseSeedOptions(['--cases', 'many', '--as-of', 'yesterday']);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) {
      expect(result.problems.join('\n')).toMatch(/--cases/);
      expect(result.problems.join('\n')).toMatch(/--as-of/);
    }
  });

  it('requires a number of cases and refuses two databases', () => {
    expect(parseSeedOptions([]).ok).toBe(false);
    const both = parseSeedOptions([
      '--cases',
      '1',
      '--database-url',
      'postgres://x/y',
      '--data-dir',
      'd',
    ]);
    expect(both.ok).toBe(false);
  });

  it('asks for the usage with --help, whatever else is given', () => {
    expect(parseSeedOptions(['--help'])).toEqual({ ok: 'help' });
    expect(parseSeedOptions(['--cases', 'many', '--help'])).toEqual({ ok: 'help' });
  });

  it('writes where the case service reads: DATABASE_URL, else DATA_DIR, unless a flag says', () => {
    const env = { DATA_DIR: '/srv/desk', DATABASE_URL: '' };
    expect(parseSeedOptions(['--cases', '1'], env)).toMatchObject({
      ok: true,
      options: { dataDir: '/srv/desk' },
    });
    const both = { DATA_DIR: '/srv/desk', DATABASE_URL: 'postgres://db/desk' };
    const fromUrl = parseSeedOptions(['--cases', '1'], both);
    expect(fromUrl).toMatchObject({ ok: true, options: { databaseUrl: 'postgres://db/desk' } });
    expect(fromUrl.ok === true && fromUrl.options.dataDir).toBeUndefined();
    const flagged = parseSeedOptions(['--cases', '1', '--data-dir', '/tmp/x'], both);
    expect(flagged).toMatchObject({ ok: true, options: { dataDir: '/tmp/x' } });
    expect(flagged.ok === true && flagged.options.databaseUrl).toBeUndefined();
  });

  it('refuses an unknown flag', () => {
    expect(parseSeedOptions(['--cases', '1', '--force']).ok).toBe(false);
  });
});
