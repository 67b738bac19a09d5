import { describe, expect, it } from 'vitest';
import { parseSeedOptions } from './seed-options';

describe('parseSeedOptions', () => {
  it('reads the options with their defaults', () => {
    expect(parseSeedOptions(['--cases', '1000'])).toEqual({
      ok: true,
      options: { cases: 1000, seed: 1, asOf: '2026-01-01T00:00:00Z', demoUsers: false },
    });
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

  it('refuses an unknown flag', () => {
    expect(parseSeedOptions(['--cases', '1', '--force']).ok).toBe(false);
  });
});
