import { describe, expect, it } from 'vitest';
import { auditFoldersOf, parseServerConfig } from './config';

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
        AUDIT_CHECKPOINT_INTERVAL_SECONDS: 300,
        SUBSCRIBER_DIRECTORY: 'demo',
        SUBSCRIBER_DIRECTORY_TIMEOUT_MS: 10_000,
        SUBSCRIBER_DIRECTORY_RETRIES: 2,
        TRUST_PROXY: false,
        WRITES_IN_FLIGHT: 2,
      },
    });
  });

  it('refuses a number of mutations in flight that is not a whole number from 1 to 100', () => {
    for (const bad of ['0', '2.5', '101', 'many']) {
      const parsed = parseServerConfig({ WRITES_IN_FLIGHT: bad });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems.join()).toContain('WRITES_IN_FLIGHT');
    }
    expect(parseServerConfig({ WRITES_IN_FLIGHT: '12' })).toMatchObject({
      ok: true,
      config: { WRITES_IN_FLIGHT: 12 },
    });
  });

  it('keeps the audit key and checkpoints beside the data folder, never inside it', () => {
    const parsed = parseServerConfig({ DATA_DIR: '/var/lib/desk/' });
    if (!parsed.ok) throw new Error(parsed.problems.join());
    expect(auditFoldersOf(parsed.config)).toEqual({
      keyDir: '/var/lib/desk-audit/signing-key',
      checkpointDir: '/var/lib/desk-audit/checkpoints',
    });
    const configured = parseServerConfig({
      AUDIT_KEY_DIR: '/etc/desk/key',
      AUDIT_CHECKPOINT_DIR: '/mnt/worm/desk',
      AUDIT_CHECKPOINT_INTERVAL_SECONDS: '0',
    });
    if (!configured.ok) throw new Error(configured.problems.join());
    expect(auditFoldersOf(configured.config)).toEqual({
      keyDir: '/etc/desk/key',
      checkpointDir: '/mnt/worm/desk',
    });
    expect(configured.config.AUDIT_CHECKPOINT_INTERVAL_SECONDS).toBe(0);
    expect(parseServerConfig({ AUDIT_CHECKPOINT_INTERVAL_SECONDS: '-1' })).toMatchObject({
      ok: false,
      problems: ['AUDIT_CHECKPOINT_INTERVAL_SECONDS: use 0 or more seconds'],
    });
  });

  it('takes the http subscriber directory only over https, with its token', () => {
    const result = parseServerConfig({
      SUBSCRIBER_DIRECTORY: 'http',
      SUBSCRIBER_DIRECTORY_URL: 'http://directory.internal',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.join('\n')).toMatch(/SUBSCRIBER_DIRECTORY_URL: use an https:\/\/ URL/);
      expect(result.problems.join('\n')).toMatch(/SUBSCRIBER_DIRECTORY_TOKEN/);
    }
    expect(
      parseServerConfig({
        SUBSCRIBER_DIRECTORY: 'http',
        SUBSCRIBER_DIRECTORY_URL: 'https://directory.internal/v1',
        SUBSCRIBER_DIRECTORY_TOKEN: 'a-token-of-enough-length',
      }).ok,
    ).toBe(true);
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
