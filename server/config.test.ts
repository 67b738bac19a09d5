import { describe, expect, it } from 'vitest';
import { parseServerConfig } from './config';

describe('parseServerConfig', () => {
  it('has safe defaults: loopback only, embedded database, no Secure cookie', () => {
    expect(parseServerConfig({})).toEqual({
      ok: true,
      config: {
        PORT: 8080,
        HOST: '127.0.0.1',
        DATA_DIR: './.data/case-service',
        RENDERER_DIR: './dist/renderer',
        SECURE_COOKIES: false,
        TRUST_PROXY: false,
      },
    });
  });

  it('reads every setting', () => {
    const result = parseServerConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://desk@db/desk',
      SECURE_COOKIES: 'true',
      RENDERER_DIR: '',
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        PORT: 9000,
        DATABASE_URL: 'postgres://desk@db/desk',
        SECURE_COOKIES: true,
        RENDERER_DIR: '',
      },
    });
  });

  it('reads the proxy and the public origin, keeping the origin alone', () => {
    expect(
      parseServerConfig({ TRUST_PROXY: 'yes', PUBLIC_ORIGIN: 'https://desk.example.org/app/' }),
    ).toMatchObject({
      ok: true,
      config: { TRUST_PROXY: true, PUBLIC_ORIGIN: 'https://desk.example.org' },
    });
    const bad = parseServerConfig({ TRUST_PROXY: 'perhaps', PUBLIC_ORIGIN: 'desk.example.org' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.join('\n')).toMatch(/TRUST_PROXY/);
      expect(bad.problems.join('\n')).toMatch(/PUBLIC_ORIGIN/);
    }
  });

  it('names each bad setting', () => {
    const result = parseServerConfig({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      SECURE_COOKIES: 'maybe',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(3);
      expect(result.problems.join('\n')).toMatch(/PORT/);
      expect(result.problems.join('\n')).toMatch(/DATABASE_URL/);
      expect(result.problems.join('\n')).toMatch(/SECURE_COOKIES/);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(parseServerConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      ok: true,
      config: { PORT: 8080 },
    });
  });
});
